using Reconciler.Reports.Facts;
using Reconciler.Runs;

namespace Reconciler.Reports.Deposits;

/// <summary>The rows of the deposits report, shared by deposits.csv and deposits.xlsx so both always agree.</summary>
public static class DepositRows
{
    public static readonly string[] Header =
        ["bank_account", "booking_date", "bank_line_id", "amount", "currency", "description", "kind", "status", "matched_to", "items", "difference"];

    /// <summary>Every bank credit first read this night, by booking date then line id. Account numbers are masked.</summary>
    public static IEnumerable<DepositRow> For(NightResult night) => NightFacts.Of(night).Deposits.Rows();
}
