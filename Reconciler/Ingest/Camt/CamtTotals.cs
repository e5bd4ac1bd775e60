using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>Counts and sums of a set of entries, in the terms of <c>TxsSummry</c> (sums of unsigned amounts).</summary>
internal sealed record CamtTotals(int Count, decimal Sum, decimal Net, int CreditCount, decimal CreditSum, int DebitCount, decimal DebitSum)
{
    public static CamtTotals Of(IEnumerable<BankTransaction> transactions)
    {
        var list = transactions.ToList();
        var credits = list.Where(t => t.Amount >= 0m).ToList();
        var debits = list.Where(t => t.Amount < 0m).ToList();
        return new CamtTotals(
            list.Count,
            list.Sum(t => Math.Abs(t.Amount)),
            list.Sum(t => t.Amount),
            credits.Count,
            credits.Sum(t => t.Amount),
            debits.Count,
            -debits.Sum(t => t.Amount));
    }
}
