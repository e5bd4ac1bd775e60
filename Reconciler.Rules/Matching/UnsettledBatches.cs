using System.Collections;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The night's payment batches not yet tied to a bank line, in the order they were given. Settling a batch marks
/// it instead of removing it from a list: the settlement rules index the batches once per night and only ask
/// which are still live. (A list that shrank by copying, and live sets rebuilt after each settlement, made a
/// night of thousands of batches quadratic.)
/// </summary>
public sealed class UnsettledBatches : IEnumerable<NightBatch>
{
    private readonly List<NightBatch> _all = [];
    private readonly HashSet<NightBatch> _settled = new(ReferenceEqualityComparer.Instance);

    public UnsettledBatches()
    {
    }

    public UnsettledBatches(IEnumerable<NightBatch> batches) => _all.AddRange(batches);

    /// <summary>Every batch given, settled ones included, in the order given (rules build their indexes from it).</summary>
    public IReadOnlyList<NightBatch> All => _all;

    /// <summary>How many batches are still unsettled.</summary>
    public int Count => _all.Count - _settled.Count;

    /// <summary>Adds a batch (collection initialisers in tests use this).</summary>
    public void Add(NightBatch batch) => _all.Add(batch);

    public bool IsLive(NightBatch batch) => !_settled.Contains(batch);

    public void Settle(NightBatch batch) => _settled.Add(batch);

    public IEnumerator<NightBatch> GetEnumerator() => _all.Where(IsLive).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
