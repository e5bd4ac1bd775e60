using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>The envelope, delimiter, version and balancing fixtures.</summary>
public sealed class Era835FixtureTests
{
    private static ParsedFile Read(string name) => Parse.File(new X12835Reader(), Repository.Fixture("x12-835", name));

    [Test]
    public void TwoTransactionsInOneIsaAndASecondIsa_GiveThreeBatches()
    {
        var parsed = Read("two-transactions.835");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Batches.Select(b => (b.Id, b.Amount, b.Payer)), Is.EqualTo(new[]
        {
            ("CHK10045", 100m, "BLUE PLAN"), ("EFT777", 80m, "BLUE PLAN"), ("REM555", 0m, "GREEN PLAN"),
        }));
    }

    [Test]
    public void CheckPayment_KeepsTheCheckNumberAsIdAndChkInTheLocation()
    {
        var check = Read("two-transactions.835").Batches[0];

        Assert.That(check.Id, Is.EqualTo("CHK10045"));
        Assert.That(check.Method, Is.EqualTo("CHK"));
    }

    [Test]
    public void PipeCaretTildeCrlf_IsReadWithStarAndColonLeftAsData()
    {
        var parsed = Read("pipe-delimiters-crlf.835");
        var batch = parsed.Batches.Single();

        Assert.That(File.ReadAllText(Repository.Fixture("x12-835", "pipe-delimiters-crlf.835")), Does.Contain("~\r\nGS|"), "the fixture keeps its CRLF");
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(batch.Payer, Is.EqualTo("ACME*CARE: WEST"));
        Assert.That(batch.Amount, Is.EqualTo(210m));
        Assert.That(batch.Items.Single(i => i.Kind == "plb").Text, Is.EqualTo("WO:ICN*OLD:1"));
        Assert.That(batch.Items.Single(i => i.Kind == "claim").Claim!.Adjustments, Has.Count.EqualTo(2));
    }

    [Test]
    public void Version4010_AcceptsTheCrGroupAndBalances()
    {
        var parsed = Read("version-4010.835");
        var batch = parsed.Batches.Single();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(batch.Amount, Is.EqualTo(95m));
        Assert.That(batch.Items[0].Claim!.Adjustments.Single().Group, Is.EqualTo("CR"));
        Assert.That(batch.Items.Select(i => i.Id), Is.EqualTo(new[] { "R-77#1", "R-77#2", "PLB#1" }));
    }

    [Test]
    public void UnbalancedFile_IsStillReadWithOneLocatedWarningPerFailedCheck()
    {
        var parsed = Read("unbalanced.835");
        var located = parsed.Problems.Select(p => (p.Location, p.Field)).ToList();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Batches.Single().Items, Has.Count.EqualTo(2));
        Assert.That(located, Is.EquivalentTo(new (string, string?)[]
        {
            ("segment 11 (SVC)", "SVC03"), ("segment 9 (CLP)", "CLP04"), ("segment 13 (CLP)", "CLP04"),
            ("segment 4 (BPR)", "BPR02"), ("segment 16 (SE)", "SE01"), ("segment 17 (GE)", "GE02"), ("segment 18 (IEA)", "IEA01"),
        }));
    }

    [Test]
    public void PaymentImbalance_NamesExpectedAndActual()
    {
        var warning = Read("unbalanced.835").Problems.Single(p => p.Field == "BPR02");

        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Message, Does.Contain("240.00").And.Contain("999.00"));
    }
}
