using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// The checks a batch-booked entry carries: count(TxDtls) = Btch/NbOfTxs, and the signed detail amounts add up to
/// the entry amount (only when every detail has an amount in the entry's currency; charges can explain a gap).
/// </summary>
internal static class CamtBatchCheck
{
    public static void Check(CamtContext context, CamtElement entry, CamtElement batch, IReadOnlyList<CamtDetail> details, decimal amount, string currency)
    {
        // No details at all: the items are reported elsewhere (a camt.054), nothing to compare here.
        if (details.Count == 0) return;
        var declared = batch.Text("NbOfTxs");
        if (declared is not null && declared != details.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            context.Warning(batch, "NbOfTxs", $"the batch declares {declared} transactions but the entry details {details.Count}");
        }
        if (details.Any(d => d.Amount is null || d.Currency != currency)) return;
        var sum = details.Sum(d => d.Amount!.Value);
        if (sum != amount)
        {
            context.Warning(entry, "TxDtls/Amt",
                $"the transaction details add up to {Money.Format(sum)} {currency} but the entry amount is {Money.Format(amount)} {currency} (charges?)");
        }
    }
}
