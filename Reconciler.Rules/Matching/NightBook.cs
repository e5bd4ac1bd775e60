using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What the phases of one night write down, gathered for the result.</summary>
internal sealed class NightBook(int payments = 0)
{
    public List<Application> Applications { get; } = [];
    public List<Settlement> Settlements { get; } = [];
    public List<Discrepancy> Discrepancies { get; } = [];
    // A hash, not a sorted map: the store sorts what it writes anyway.
    public Dictionary<string, decimal> Unapplied { get; } = new(payments, StringComparer.Ordinal);
    public List<TrailEntry> Trail { get; } = [];
    private readonly Dictionary<string, int> _steps = new(payments, StringComparer.Ordinal);

    public void Note(string sourceId, string rule, string outcome, string detail) =>
        Trail.Add(new TrailEntry(sourceId, NextStep(sourceId), rule, outcome, detail));

    /// <summary>
    /// The rules that found no match for one payment, written as one step ("<paramref name="rules"/> → no match" with
    /// each rule's reason) instead of one step per rule: about ten per payment otherwise. A single rejection keeps its own step.
    /// </summary>
    public void Rejected(string sourceId, string rules, IReadOnlyList<(string Rule, string Reason)>? rejected)
    {
        if (rejected is null || rejected.Count == 0) return;
        if (rejected.Count == 1) Note(sourceId, rejected[0].Rule, "no match", rejected[0].Reason);
        else Trail.Add(new TrailEntry(sourceId, NextStep(sourceId), rules, "no match", rejected));
    }

    private int NextStep(string sourceId) => _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;

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
