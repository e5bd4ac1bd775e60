using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// An 835 PLB recoupment (WO, overpayment recovery) that names a claim paid on an earlier night takes that money back
/// from the claim's posting: the claim is reopened by the recouped amount, and the next remittance's check is smaller.
/// </summary>
public sealed class PlbRecoupmentTests
{
    private static readonly DateOnly Night1 = new(2026, 11, 20);
    private static readonly DateOnly Night2 = new(2026, 11, 21);

    [Test]
    public void RecoupmentNamingAnEarlierClaim_ReopensThatClaimByTheRecoupedAmount()
    {
        using var night = new Night();
        night.OpenItems("CLM-1,P-X,Payer X,2026-10-11,2026-11-10,USD,100.00,100.00", "CLM-2,P-X,Payer X,2026-10-11,2026-11-10,USD,50.00,50.00");
        night.Drop("payer-1.835", Era835("TRN1", "I*100*C*ACH", ["CLP*CLM-1*1*100*100**12*X1"]));
        night.Run(Night1);
        File.Delete(Path.Combine(night.Inbox, "payer-1.835"));
        // 50.00 for CLM-2 less 30.00 recovered (PLB04 positive reduces the payment): BPR02 20.00.
        night.Drop("payer-2.835", Era835("TRN2", "I*20*C*ACH", ["CLP*CLM-2*1*50*50**12*X2"], "PLB*1234567893*20261231*WO:CLM-1*30"));

        night.Run(Night2);

        var reversal = ReversalApplications(night, Night2).Single();
        Assert.That((reversal["invoice_number"], BooksFiles.Amount(reversal["applied_amount"])), Is.EqualTo(("CLM-1", -30.00m)));
        Assert.That(BooksFiles.Amount(Aging(night, Night2, "P-X")!["total"]), Is.EqualTo(100.00m + 50.00m - 100.00m - 50.00m + 30.00m));
        Assert.That(Rows(night, Night2, "exceptions.csv").Where(e => e["category"] == "provider_adjustment"), Is.Empty);
        AssertBooksClose(night, Night2);
    }

    private static string Era835(string trace, string payment, string[] claims, params string[] plb)
    {
        var body = new List<string> { "ST*835*0001", $"BPR*{payment}************20261119", $"TRN*1*{trace}*1360000001", "N1*PR*PAYER X", "N1*PE*CLINIC*XX*1234567893", "LX*1" };
        body.AddRange(claims);
        body.AddRange(plb);
        body.Add($"SE*{body.Count + 1}*0001");
        return string.Join("~\n", ["ISA*00*          *00*          *ZZ*PAYERX         *ZZ*CLINIC         *261118*0630*^*00501*000119002*0*P*:",
            "GS*HP*PAYERX*CLINIC*20261118*0630*119002*X*005010X221A1", .. body, "GE*1*119002", "IEA*1*000119002"]) + "~\n";
    }
}
