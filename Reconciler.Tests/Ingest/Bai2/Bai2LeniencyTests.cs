using Reconciler.Ingest;
using Reconciler.Ingest.Bai2;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Bai2;

/// <summary>Deviations from BAI2 whose meaning is plain: read, with a warning that says how (docs/formats.md).</summary>
public sealed class Bai2LeniencyTests
{
    private static ParsedFile Fixture(string name) => Parse.File(new Bai2Reader(), Repository.Fixture("bai2", name));

    [Test]
    public void EmptyFieldBeforeAn88Continuation_IsSkipped_SoTheNextFieldGroupKeepsItsTypeCodeAndAmount()
    {
        var parsed = Fixture("empty_field_before_continuation.bai");
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.OpeningBalance, Is.EqualTo(2500.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(2700.00m), "015 and 270000 come from the 88, not shifted by the stray field");
        Assert.That(statement.Transactions.Single().Amount, Is.EqualTo(200.00m));
        Assert.That(statement.Balanced, Is.True, "2500.00 + 200.00 = 2700.00, and every control total holds");
        Assert.That(parsed.Problems.Single().ToString(), Is.EqualTo("empty_field_before_continuation.bai, line 3, field 'type code': "
            + "an empty field before the 88 continuation, where a type code would start: ignored, the next field group is read from the continuation"));
    }

    [Test]
    public void BlankAccountControlTotal_OnAnAccountWithoutTransactions_IsReadAsNotGiven_AndTheGroupTotalStillChecksIt()
    {
        var parsed = Fixture("blank_account_total.bai");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Statements.Select(s => (s.Account, s.Balanced)), Is.EqualTo(new[] { ("000555000111", (bool?)true), ("000555000222", true) }),
            "the 98 total 460000 = 80000 + 80000 (the first account's figures) + 300000");
        Assert.That(parsed.Problems.Single().ToString(), Is.EqualTo("blank_account_total.bai, line 4, field 'account control total': "
            + "account control total is blank on an account with no transactions: read as not given; the group total still covers the account"));
    }
}
