using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What the phases of one night write down, gathered for the result.</summary>
internal sealed class NightBook(int payments = 0)
{
    public List<Application> Applications { get; } = [];
    public List<Settlement> Settlements { get; } = [];
    public List<Discrepancy> Discrepancies { get; } = [];
    // A hash, not a sorted map: a big night has a million entries, and the store sorts what it writes anyway.
    // Sized for the night's payments up front: grown by doubling, a big night's tables were a third larger than needed and
    // left each smaller copy as garbage until the next full collection.
    public Dictionary<string, decimal> Unapplied { get; } = new(payments, StringComparer.Ordinal);
    public TrailLog Trail { get; } = new();
    private readonly Dictionary<string, int> _steps = new(payments, StringComparer.Ordinal);

    public void Note(string sourceId, string rule, string outcome, string detail)
    {
        var step = _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;
        Trail.Add(sourceId, step, rule, outcome, Pack(detail));
    }

    /// <summary>
    /// The text packed, once: a payment's applications and its exception are made right after the trail step that gives the
    /// same text, and share its packed copy (see <see cref="PackedText"/>).
    /// </summary>
    public PackedText Pack(string text)
    {
        if (!ReferenceEquals(text, _lastText)) (_lastText, _lastPacked) = (text, PackedText.Of(text));
        return _lastPacked;
    }

    private string? _lastText;
    private PackedText _lastPacked;

    /// <summary>
    /// The rules that found no match for one payment, written as one entry ("<paramref name="rules"/> → no match" with
    /// each rule's reason in the detail) instead of one row per rule: that was about ten rows per payment, held in
    /// memory and inserted at commit, tens of millions on a big night. A single rejection keeps its own row.
    /// </summary>
    public void Rejected(string sourceId, string rules, List<(string Rule, string Reason)>? rejected)
    {
        if (rejected is null || rejected.Count == 0) return;
        if (rejected.Count == 1)
        {
            Note(sourceId, rejected[0].Rule, "no match", rejected[0].Reason);
            return;
        }
        // A big night turns most payments down for the same few reasons: the entry keeps the numbers of its "rule: reason"
        // phrases, each phrase kept once by the trail (the settlement rules' lists are the same few for most lines, so
        // their whole list is shared too), not a joined text (about a kilobyte a payment, held until the commit).
        var numbers = Trail.Number(rejected);
        if (rules == SettlementPhase.SettlementRules)
        {
            if (_sharedLists.TryGetValue(numbers, out var shared)) numbers = shared;
            else _sharedLists[numbers] = numbers;
        }
        var step = _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;
        Trail.Add(sourceId, step, rules, "no match", numbers);
    }

    private readonly Dictionary<int[], int[]> _sharedLists = new(SameNumbers.Instance);

    /// <summary>Lists of phrase numbers compare by their numbers.</summary>
    private sealed class SameNumbers : IEqualityComparer<int[]>
    {
        public static readonly SameNumbers Instance = new();

        public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] list)
        {
            var hash = new HashCode();
            foreach (var number in list) hash.Add(number);
            return hash.ToHashCode();
        }
    }

    public void Flag(CashCandidate cash, Finding finding, decimal unapplied) =>
        Discrepancies.Add(new Discrepancy
        {
            Category = finding.Category,
            Severity = DiscrepancyCategory.DefaultSeverity(finding.Category),
            SourceKind = cash.SourceKind,
            SourceId = cash.SourceId,
            InvoiceNumber = finding.InvoiceNumber,
            CustomerId = finding.CustomerId,
            Amount = finding.Amount ?? unapplied,
            ExpectedAmount = finding.ExpectedAmount,
            Currency = cash.Currency,
            Description = finding.Description,
            PackedDescription = Pack(finding.Description),
            SuggestedAction = finding.SuggestedAction,
            Candidates = finding.Candidates,
        });

    public MatchingResult ToResult() => new(Applications, Settlements, Discrepancies, Unapplied) { Trail = Trail };
}
