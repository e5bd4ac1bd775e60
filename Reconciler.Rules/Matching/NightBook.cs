using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What the phases of one night write down, gathered for the result.</summary>
internal sealed class NightBook
{
    public List<Application> Applications { get; } = [];
    public List<Settlement> Settlements { get; } = [];
    public List<Discrepancy> Discrepancies { get; } = [];
    public SortedDictionary<string, decimal> Unapplied { get; } = new(StringComparer.Ordinal);
    public List<TrailEntry> Trail { get; } = [];
    private readonly Dictionary<string, int> _steps = new(StringComparer.Ordinal);

    public void Note(string sourceId, string rule, string outcome, string detail)
    {
        var step = _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;
        Trail.Add(new TrailEntry(sourceId, step, rule, outcome, detail));
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
        var detail = string.Join("; ", rejected.Select(r => $"{r.Rule}: {r.Reason}"));
        // Most bank lines are turned down by the settlement rules for the same few reasons (no batch named, none on that
        // date and currency): one shared string per distinct text instead of a copy per line, held until the commit.
        if (rules == SettlementPhase.SettlementRules)
        {
            if (_shared.TryGetValue(detail, out var shared)) detail = shared;
            else _shared[detail] = detail;
        }
        Note(sourceId, rules, "no match", detail);
    }

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

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
