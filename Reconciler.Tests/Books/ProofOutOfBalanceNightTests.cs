using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>
/// A payer reverses a claim paid on an earlier night that billing has since closed (it left the export). The reversal
/// reopens the claim, and the night ages it from its own due date although billing no longer exports it: the
/// receivables roll forward closes on the aging total with the reopened claim in it, and no proof_out_of_balance is
/// raised. (Before reversals reopened such items in aging, this night's proof was out by the reopened amount.)
/// </summary>
public sealed class ProofOutOfBalanceNightTests
{
    private static readonly DateOnly First = new(2026, 11, 20);
    private static readonly DateOnly Second = new(2026, 11, 21);

    [Test]
    public void ReversalOfAClaimBillingHasClosed_ReopensTheClaimInAging_AndTheProofCloses()
    {
        using var night = new Night();
        night.OpenItems("CLM-1,P-X,Payer X,2026-10-01,2026-10-31,USD,100.00,100.00", "INV-1,C-1,Customer One,2026-10-01,2026-12-31,USD,50.00,50.00");
        night.Drop("payer-1.835", Era835("TRN1", "I*100*C*ACH", "CLP*CLM-1*1*100*100**12*X1"));
        var first = night.Run(First);
        File.Delete(Path.Combine(night.Inbox, "payer-1.835"));
        night.OpenItems("INV-1,C-1,Customer One,2026-10-01,2026-12-31,USD,50.00,50.00");
        night.Drop("payer-2.835", Era835("TRN2", "I*100*D*ACH", "CLP*CLM-1*22*-100*-100**12*X1"));

        night.Run(Second);

        var exceptions = ReportFiles.Rows(Path.Combine(night.Out(Second), "exceptions.csv"));
        var aging = ReportFiles.Rows(Path.Combine(night.Out(Second), "aging.csv"));
        var proof = BooksFiles.Proofs(Path.Combine(night.Out(Second), "summary.json")).Single(p => (string)p["name"]! == "ar_rollforward");
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success));
        // The claim paid 100.00 on the first night and past due since 2026-10-31 (21 days): owed again in 1-30; INV-1 still current.
        var payer = aging.Single(r => r["customer_id"] == "P-X");
        Assert.That((BooksFiles.Amount(payer["d1_30"]), BooksFiles.Amount(payer["total"])), Is.EqualTo((100.00m, 100.00m)));
        Assert.That(BooksFiles.Figure(proof, "closing"), Is.EqualTo(50.00m + 100.00m));
        Assert.That(BooksFiles.Figure(proof, "difference"), Is.Zero);
        Assert.That(BooksFiles.Recomputed(proof), Is.Zero);
        Assert.That(exceptions.Select(e => e["category"]), Has.None.EqualTo("proof_out_of_balance"));
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
