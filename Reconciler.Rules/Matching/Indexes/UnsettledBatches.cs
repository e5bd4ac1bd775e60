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

    /// <summary>Adds a batch (collection initialisers in tests use this); the index of identifiers is made again on next use.</summary>
    public void Add(NightBatch batch)
    {
        _all.Add(batch);
        (_byIdentifier, _namedFor) = (null, null);
    }

    /// <summary>The text of the line the settlement rules are looking at, shared by them (see <c>LineText</c>).</summary>
    internal Rules.Settlement.LineText? LastLineText { get; set; }

    public bool IsLive(NightBatch batch) => !_settled.Contains(batch);

    public void Settle(NightBatch batch) => _settled.Add(batch);

    private Dictionary<string, List<NightBatch>>? _byIdentifier;
    private int _longestIdentifier;
    private CashCandidate? _namedFor;
    private IReadOnlyList<NightBatch> _named = NoBatches;
    private static readonly IReadOnlyList<NightBatch> NoBatches = [];

    /// <summary>
    /// The batches, settled or not, that <paramref name="line"/>'s texts name by one of their <see cref="Identifiers"/>, in
    /// order of mention. Worked out once per line for all the settlement rules (each keeps those of its kind).
    /// </summary>
    public IReadOnlyList<NightBatch> NamedBy(CashCandidate line)
    {
        if (ReferenceEquals(line, _namedFor)) return _named;
        if (_byIdentifier is null)
        {
            _byIdentifier = new Dictionary<string, List<NightBatch>>(StringComparer.Ordinal);
            foreach (var batch in _all)
            {
                foreach (var id in Identifiers(batch.Batch))
                {
                    _longestIdentifier = Math.Max(_longestIdentifier, id.Length);
                    if (!_byIdentifier.TryGetValue(id, out var list)) _byIdentifier[id] = list = [];
                    list.Add(batch);
                }
            }
        }
        var state = (Lookup: _byIdentifier.GetAlternateLookup<ReadOnlySpan<char>>(), Named: (List<NightBatch>?)null);
        for (var i = 0; i < line.Texts.Count; i++)
        {
            // Identifiers have four characters or more: shorter keys cannot name a batch.
            ReferenceKey.AnyKey(line.Texts[i], 4, _longestIdentifier, ref state, static (key, ref s) =>
            {
                if (!s.Lookup.TryGetValue(key, out var batches)) return false;
                foreach (var batch in batches)
                    if (!(s.Named ??= []).Contains(batch)) s.Named.Add(batch);
                return false;
            });
        }
        var named = state.Named ?? NoBatches;
        (_namedFor, _named) = (line, named);
        return named;
    }

    /// <summary>
    /// The batch's id and the first part of its trace as reference keys. An 835 trace's second part (TRN03)
    /// is the payer's id, shared by all its remittances, so it identifies no single batch.
    /// </summary>
    public static IEnumerable<string> Identifiers(Model.PaymentBatch batch)
    {
        var raw = new[] { batch.Id }.Concat((batch.Trace ?? "").Split([' ', '*'], StringSplitOptions.RemoveEmptyEntries).Take(1));
        // Short ids ("1", "42") would be found in any text by chance; only ids of 4 characters or more count.
        return raw.Select(ReferenceKey.Normalize).Where(k => k.Length >= 4).Distinct();
    }

    public IEnumerator<NightBatch> GetEnumerator() => _all.Where(IsLive).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
