using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

/// <summary>Deviations from the camt schema whose meaning is plain: read, with a warning that says how (docs/formats.md).</summary>
public sealed class CamtLeniencyTests
{
    [Test]
    public void BalancesWithoutCreditDebitIndicator_AreReadAsCredit_WithOneWarningCountingThem()
    {
        var parsed = Parse.File(new CamtReader(CamtMessage.Statement), Repository.Fixture("camt", "camt053.v02.unsigned-balances.xml"));
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(1450.00m));
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m }));
        Assert.That(statement.Balanced, Is.True, "1000.00 + 600.00 - 150.00 = 1450.00");
        var warning = parsed.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Field, Is.EqualTo("CdtDbtInd"));
        Assert.That(warning.Location, Does.Contain("Bal[1]"));
        Assert.That(warning.Message, Is.EqualTo("balance PRCD without credit/debit indicator: read as credit (1000.00 EUR); 2 times in the file, this is the first"));
    }
}
