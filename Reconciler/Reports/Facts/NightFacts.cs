using System.Runtime.CompilerServices;
using Reconciler.Reports.Deposits;
using Reconciler.Reports.Exceptions;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports.Facts;

/// <summary>
/// What several reports of one night need, worked out once: the open balances after the night, the aging rows,
/// the deposits' order and lookups, the exceptions' source texts and the per-currency totals. Each is built on
/// first use (thread-safe: the workbooks are written on a second thread). <see cref="ReportSet"/> shares one set
/// between all its writers for the length of <see cref="Share"/>; a writer used on its own gets a fresh set.
/// </summary>
public sealed class NightFacts
{
    private static readonly ConditionalWeakTable<NightResult, NightFacts> Shared = new();

    private readonly NightResult _night;
    private readonly Lazy<IReadOnlyDictionary<string, decimal>> _openAfter;
    private readonly Lazy<DepositPlan> _deposits;
    private readonly Lazy<ExceptionSourceText> _sourceTexts;
    private readonly Lazy<NightTotals> _totals;
    private readonly Dictionary<AgingBuckets, Lazy<IReadOnlyList<AgingRow>>> _aging = [];

    private NightFacts(NightResult night)
    {
        _night = night;
        _openAfter = new(night.OpenAfter);
        _deposits = new(() => new DepositPlan(night));
        _sourceTexts = new(() => new ExceptionSourceText(night));
        _totals = new(() => new NightTotals(night, OpenAfter));
    }

    /// <summary>The shared facts of <paramref name="night"/> while it is being reported, else a fresh set.</summary>
    public static NightFacts Of(NightResult night) => Shared.TryGetValue(night, out var facts) ? facts : new NightFacts(night);

    /// <summary>Shares one set of facts between every writer until disposed (then they can be collected before the commit).</summary>
    public static IDisposable Share(NightResult night)
    {
        Shared.AddOrUpdate(night, new NightFacts(night));
        return new Sharing(night);
    }

    /// <summary>What each open item still owes after the night.</summary>
    public IReadOnlyDictionary<string, decimal> OpenAfter => _openAfter.Value;

    public DepositPlan Deposits => _deposits.Value;

    public ExceptionSourceText SourceTexts => _sourceTexts.Value;

    public NightTotals Totals => _totals.Value;

    /// <summary>
    /// Open balances by customer and currency in <paramref name="buckets"/>, ordered by customer then currency, with each
    /// customer's unapplied credit and who is responsible.
    /// </summary>
    public IReadOnlyList<AgingRow> Aging(AgingBuckets buckets)
    {
        Lazy<IReadOnlyList<AgingRow>>? rows;
        lock (_aging)
        {
            if (!_aging.TryGetValue(buckets, out rows))
            {
                rows = new(() => AgingCalculator.Age(_night.OpenItems, OpenAfter, _night.AsOf, buckets,
                    CustomerCredit.Of(_night.Exceptions.Select(e => e.Discrepancy), _night.Matching.UnappliedBySource),
                    Responsibility.Claims(_night.OpenItems, _night.Matching.Applications)));
                _aging[buckets] = rows;
            }
        }
        return rows.Value;
    }

    private sealed class Sharing(NightResult night) : IDisposable
    {
        public void Dispose() => Shared.Remove(night);
    }
}
