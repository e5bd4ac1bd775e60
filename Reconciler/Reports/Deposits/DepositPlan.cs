using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Reports.Deposits;

/// <summary>
/// The night's new bank credits in report order (booking date, then line id) with the lookups a deposit row needs,
/// built once and shared by deposits.csv and deposits.xlsx; the rows themselves are made one at a time.
/// </summary>
public sealed class DepositPlan
{
    private readonly NightResult _night;
    private readonly OutstandingCash[] _credits;
    private readonly AppliedBySource _applied;
    private readonly Dictionary<string, Settlement> _settled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _batchItems = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _masked = new(StringComparer.Ordinal);

    public DepositPlan(NightResult night)
    {
        _night = night;
        _credits = [.. night.Cash.Where(c => c.IngestedAsOf == night.AsOf)];
        // A stable sort, as OrderBy was: equal keys keep the night's order.
        var order = new int[_credits.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var byDate = _credits[a].BookingDate.CompareTo(_credits[b].BookingDate);
            if (byDate != 0) return byDate;
            var byId = string.CompareOrdinal(_credits[a].Id, _credits[b].Id);
            return byId != 0 ? byId : a.CompareTo(b);
        });
        _credits = [.. order.Select(i => _credits[i])];
        _applied = new AppliedBySource(night.Matching.Applications);
        foreach (var s in night.Matching.Settlements) _settled.TryAdd(s.BankLineId, s);
        foreach (var b in night.Batches) _batchItems.TryAdd(b.Key, b.Batch.Items.Count);
    }

    /// <summary>How many deposit rows there are.</summary>
    public int Count => _credits.Length;

    /// <summary>Every bank credit first read this night, by booking date then line id. Account numbers are masked.</summary>
    public IEnumerable<DepositRow> Rows()
    {
        foreach (var cash in _credits) yield return Row(cash);
    }

    /// <summary>
    /// What the Totals sheet needs of every row (kind, masked account, currency, amount, difference), without the
    /// row's texts: a big night has far more rows than the Deposits sheet shows.
    /// </summary>
    public IEnumerable<(string Kind, string BankAccount, string Currency, decimal Amount, decimal Difference)> Totals()
    {
        foreach (var cash in _credits)
        {
            var (kind, difference) = Classify(cash, out _, out _);
            yield return (kind, Mask(cash.Account), cash.Currency, cash.Amount, difference);
        }
    }

    private (string Kind, decimal Difference) Classify(OutstandingCash cash, out Settlement? settlement, out decimal remaining)
    {
        settlement = _settled.GetValueOrDefault(cash.Id);
        remaining = _night.Matching.UnappliedBySource.TryGetValue(cash.Id, out var left) ? left : cash.Remaining;
        var kind = settlement is null ? (_applied.Count(cash.Id) > 0 ? "customer_payment" : "unidentified") : DepositKind(settlement.BatchKind);
        return (kind, settlement?.Difference ?? remaining);
    }

    /// <summary>A masked account number, made once per account (a night has few accounts and many lines).</summary>
    private string Mask(string? account)
    {
        // Concurrent: deposits.csv and deposits.xlsx read the same plan on two threads.
        return _masked.GetOrAdd(account ?? "", static a => Masking.Account(a));
    }

    private DepositRow Row(OutstandingCash cash)
    {
        var (kind, difference) = Classify(cash, out var settlement, out var remaining);
        var applicationCount = _applied.Count(cash.Id);
        var status = settlement is not null ? (difference == 0m ? "reconciled" : "partial")
            : remaining == 0m ? "reconciled" : remaining < cash.Remaining ? "partial" : "unreconciled";
        var matchedTo = settlement is not null ? settlement.BatchId : _applied.InvoiceNumbers(cash.Id);
        var itemCount = settlement is not null && _batchItems.TryGetValue(settlement.BatchKey, out var items) ? items : applicationCount;
        return new DepositRow(Mask(cash.Account), cash.BookingDate, cash.Id, cash.Amount, cash.Currency, cash.Counterparty, cash.Remittance,
            kind, status, matchedTo, itemCount, difference);
    }

    /// <summary>The two texts joined by a space, leaving out blank ones (without the array and iterator string.Join over a filter needs).</summary>
    public static string JoinText(string? first, string? second)
    {
        var hasFirst = !string.IsNullOrWhiteSpace(first);
        var hasSecond = !string.IsNullOrWhiteSpace(second);
        return hasFirst && hasSecond ? first + " " + second : hasFirst ? first! : hasSecond ? second! : "";
    }

    /// <summary>The contract's deposit kinds; a batch kind it does not name (an ACH batch) is "other".</summary>
    private static string DepositKind(string batchKind) =>
        batchKind is "stripe_payout" or "paypal_withdrawal" or "era_835" ? batchKind : "other";
}
