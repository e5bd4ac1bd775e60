using Reconciler.Reports.Cells;
using Reconciler.Runs;

namespace Reconciler.Reports.Deposits;

/// <summary>deposits.csv: every bank credit first read this night, what explained it, and what is left.</summary>
public sealed class DepositsCsv : IReportWriter
{
    public string FileName => "deposits.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, DepositRows.Header);
        foreach (var r in DepositRows.For(night))
        {
            csv.Text(r.BankAccount).Date(r.BookingDate).Code(r.BankLineId).Amount(r.Amount).Code(r.Currency).Text(r.Counterparty, r.Remittance)
                .Code(r.Kind).Code(r.Status).Text(r.MatchedTo).Number(r.Items).Amount(r.Difference).EndRow();
        }
    }
}
