using System.Globalization;
using Reconciler.Reports.Cells;

namespace Reconciler.Reports.Payers;

/// <summary>payers.csv: the payer scorecard, one row per payer.</summary>
public static class PayersCsv
{
    public static readonly string[] Header =
    [
        "payer_id", "payer_name", "claims_paid", "claims_denied", "denial_rate", "billed", "paid", "adjusted",
        "avg_days_to_pay", "p90_days_to_pay", "currency",
    ];

    public static void Write(IReadOnlyList<PayerScore> scores, string path)
    {
        using var csv = ReportCsv.Create(path, Header);
        foreach (var s in scores)
        {
            csv.Text(s.PayerId).Text(s.PayerName).Number(s.ClaimsPaid).Number(s.ClaimsDenied)
                .Code(s.DenialRate.ToString("0.0000", CultureInfo.InvariantCulture)).Amount(s.Billed).Amount(s.Paid).Amount(s.Adjusted)
                .Code(s.AverageDaysToPay?.ToString("0.0", CultureInfo.InvariantCulture))
                .Code(s.Percentile90DaysToPay?.ToString(CultureInfo.InvariantCulture)).Code(s.Currency).EndRow();
        }
    }
}
