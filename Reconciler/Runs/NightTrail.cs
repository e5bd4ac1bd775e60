using Reconciler.Rules.Matching;

namespace Reconciler.Runs;

/// <summary>
/// Where the match's trail steps go: on to the store as they are taken (when the night writes its trail; a backtest does not),
/// and the reviewers' closings (outcome <c>decided</c>, a handful) kept as well, because the journal reads them.
/// </summary>
internal sealed class NightTrail(ITrailSink? written) : ITrailSink
{
    private const string DecidedOutcome = "decided";

    public List<TrailEntry> Decided { get; } = [];

    public void Add(TrailEntry step)
    {
        if (step.Outcome == DecidedOutcome) Decided.Add(step);
        written?.Add(step);
    }
}
