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
