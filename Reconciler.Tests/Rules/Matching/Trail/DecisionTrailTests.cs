using Reconciler.Rules.Matching;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Matching;

public sealed class DecisionTrailTests
{
    [Test]
    public void APaymentNoCashRuleExplains_HasOneNoMatchStep_ListingEachRuleWithItsReason()
    {
        var result = Night.Engine.Run(new MatchingInput { AsOf = Some.Night, OpenItems = [Some.Invoice("INV-1", 99m)], Cash = [Some.Payment(12.34m, "NOTHING KNOWN", "B-1")] });

        var steps = result.Trail.Where(t => t.SourceId == "B-1").ToList();

        var noMatch = steps.Single(t => t.Rule == "cash rules");
        Assert.That(noMatch.Outcome, Is.EqualTo("no match"));
        Assert.That(noMatch.Rejections!.Select(r => r.Rule), Is.EqualTo(Night.Engine.Rules.Cash.Select(r => r.Rule.Name)));
        Assert.That(noMatch.Detail, Is.EqualTo(string.Join("; ", noMatch.Rejections!.Select(r => $"{r.Rule}: {r.Reason}"))));
        Assert.That(steps.Select(t => t.Step), Is.EqualTo(Enumerable.Range(1, steps.Count)));
    }

    [Test]
    public void AnAppliedPayment_HasAStepWithTheRuleAndTheSameExplanationAsItsApplication()
    {
        var result = Night.Engine.Run(new MatchingInput { AsOf = Some.Night, OpenItems = [Some.Invoice("INV-1", 100m)], Cash = [Some.Payment(100m, "INV-1", "B-1")] });

        var application = result.Applications.Single();
        var step = result.Trail.Single(t => t.SourceId == "B-1" && t.Outcome == "applied");

        Assert.That((step.Rule, step.Detail, step.Rejections), Is.EqualTo((application.Rule, application.Explanation, (IReadOnlyList<(string, string)>?)null)));
    }
}
