using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>
/// A night whose receivables proof cannot close: the payer reverses a claim paid on an earlier night that billing has
/// since closed (it left the export). The reversal reopens the claim in the night's ledger, but aging.csv only ages
/// the export's items, so the roll-forward is out by the reopened amount.
/// </summary>
public sealed class ProofOutOfBalanceNightTests
{
    private static readonly DateOnly First = new(2026, 11, 20);
    private static readonly DateOnly Second = new(2026, 11, 21);

    [Test]
    public void ReversalOfAClaimBillingHasClosed_RaisesProofOutOfBalance_AndExitsWithProblems()
    {
        using var night = new Night();
        night.OpenItems("CLM-1,P-X,Payer X,2026-10-01,2026-10-31,USD,100.00,100.00", "INV-1,C-1,Customer One,2026-10-01,2026-12-31,USD,50.00,50.00");
        night.Drop("payer-1.835", Era835("TRN1", "I*100*C*ACH", "CLP*CLM-1*1*100*100**12*X1"));
        var first = night.Run(First);
        File.Delete(Path.Combine(night.Inbox, "payer-1.835"));
        night.OpenItems("INV-1,C-1,Customer One,2026-10-01,2026-12-31,USD,50.00,50.00");
        night.Drop("payer-2.835", Era835("TRN2", "I*100*D*ACH", "CLP*CLM-1*22*-100*-100**12*X1"));

        var second = night.Run(Second);

        var exceptions = ReportFiles.Rows(Path.Combine(night.Out(Second), "exceptions.csv"));
        var proof = BooksFiles.Proofs(Path.Combine(night.Out(Second), "summary.json")).Single(p => (string)p["name"]! == "ar_rollforward");
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        Assert.That(BooksFiles.Figure(proof, "difference"), Is.EqualTo(BooksFiles.Recomputed(proof)).And.Not.Zero);
        Assert.That(exceptions.Where(e => e["category"] == "proof_out_of_balance").Select(e => e["severity"]), Is.EqualTo(new[] { "error" }));
        Assert.That(exceptions.Single(e => e["category"] == "proof_out_of_balance")["description"], Does.Contain("ar_rollforward USD does not close"));
    }

    private static string Era835(string trace, string payment, params string[] claims)
    {
        var body = new List<string> { "ST*835*0001", $"BPR*{payment}************20261119", $"TRN*1*{trace}*1360000001", "N1*PR*PAYER X", "N1*PE*CLINIC*XX*1234567893", "LX*1" };
        body.AddRange(claims);
        body.Add($"SE*{body.Count + 1}*0001");
        return string.Join("~\n", ["ISA*00*          *00*          *ZZ*PAYERX         *ZZ*CLINIC         *261118*0630*^*00501*000119002*0*P*:",
            "GS*HP*PAYERX*CLINIC*20261118*0630*119002*X*005010X221A1", .. body, "GE*1*119002", "IEA*1*000119002"]) + "~\n";
    }
}
