using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What the phases of one night write down, gathered for the result.</summary>
internal sealed class NightBook(int payments = 0, ITrailSink? trail = null)
{
    public List<Application> Applications { get; } = [];
    public List<Settlement> Settlements { get; } = [];
    public List<Discrepancy> Discrepancies { get; } = [];
    // A hash, not a sorted map: the store sorts what it writes anyway.
    public Dictionary<string, decimal> Unapplied { get; } = new(payments, StringComparer.Ordinal);
    public DecisionTrail Trail { get; } = new(payments, trail);
    public List<Reversal> Reversals { get; } = [];
    public List<OpenItem> Created { get; } = [];

    public void Note(string sourceId, string rule, string outcome, string detail) => Trail.Note(sourceId, rule, outcome, detail);

    public void Rejected(string sourceId, string rules, IReadOnlyList<(string Rule, string Reason)>? rejected) => Trail.Rejected(sourceId, rules, rejected);

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

    public MatchingResult ToResult() => new(Applications, Settlements, Discrepancies, Unapplied) { Trail = Trail.Entries, Reversals = Reversals, CreatedItems = Created };
}
