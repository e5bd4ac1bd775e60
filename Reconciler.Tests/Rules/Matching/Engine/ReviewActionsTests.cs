using Reconciler.Rules.Matching;

namespace Reconciler.Tests.Rules.Matching;

public sealed class ReviewActionsTests
{
    [TestCase("apply", ReviewAction.Apply)]
    [TestCase("write_off", ReviewAction.WriteOff)]
    [TestCase("refund", ReviewAction.Refund)]
    [TestCase("appeal", ReviewAction.Appeal)]
    [TestCase("ignore", ReviewAction.Ignore)]
    [TestCase("investigate", ReviewAction.Investigate)]
    public void TheContractsWord_NamesOneAction_AndIsWrittenBackTheSame(string word, ReviewAction action)
    {
        Assert.That(ReviewActions.Parse(word), Is.EqualTo(action));
        Assert.That(ReviewActions.Text(action), Is.EqualTo(word));
    }

    [Test]
    public void EveryActionHasAWord()
    {
        Assert.That(Enum.GetValues<ReviewAction>().Select(a => ReviewActions.Parse(ReviewActions.Text(a))), Is.EqualTo(Enum.GetValues<ReviewAction>()));
    }

    [Test]
    public void AWordTheContractDoesNotHave_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ReviewActions.Parse("Write off"));
    }
}
