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
        Trail.Add(sourceId, step, rule, outcome, detail);
    }

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
        // A big night turns most payments down for the same few reasons: each reason is kept once (the settlement
        // rules' reasons are the same few for most lines, so their whole list is shared too), and the entry keeps the
        // list, not a joined text (about a kilobyte a payment, held until the commit).
        var reasons = new (string Rule, string Reason)[rejected.Count];
        for (var i = 0; i < reasons.Length; i++) reasons[i] = (rejected[i].Rule, Shared(rejected[i].Reason));
        if (rules == SettlementPhase.SettlementRules)
        {
            if (_sharedLists.TryGetValue(reasons, out var shared)) reasons = shared;
            else _sharedLists[reasons] = reasons;
        }
        var step = _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;
        Trail.Add(sourceId, step, rules, "no match", reasons);
    }

    private string Shared(string reason)
    {
        if (_reasons.TryGetValue(reason, out var shared)) return shared;
        _reasons[reason] = reason;
        return reason;
    }

    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Rule, string Reason)[], (string Rule, string Reason)[]> _sharedLists = new(SameReasons.Instance);

    /// <summary>Lists of shared reasons compare by the identity of their strings (each reason is kept once).</summary>
    private sealed class SameReasons : IEqualityComparer<(string Rule, string Reason)[]>
    {
        public static readonly SameReasons Instance = new();

        public bool Equals((string Rule, string Reason)[]? x, (string Rule, string Reason)[]? y) =>
            x is not null && y is not null && x.Length == y.Length && SameItems(x, y);

        private static bool SameItems((string Rule, string Reason)[] x, (string Rule, string Reason)[] y)
        {
            for (var i = 0; i < x.Length; i++)
                if (!ReferenceEquals(x[i].Rule, y[i].Rule) || !ReferenceEquals(x[i].Reason, y[i].Reason)) return false;
            return true;
        }

        public int GetHashCode((string Rule, string Reason)[] list)
        {
            var hash = new HashCode();
            foreach (var (rule, reason) in list)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rule));
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(reason));
            }
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
            SuggestedAction = finding.SuggestedAction,
            Candidates = finding.Candidates,
        });

    public MatchingResult ToResult() => new(Applications, Settlements, Discrepancies, Unapplied) { Trail = Trail };
}
