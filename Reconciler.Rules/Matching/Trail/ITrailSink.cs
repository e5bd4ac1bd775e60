namespace Reconciler.Rules.Matching;

/// <summary>
/// Where the night's trail steps go as they are taken, when the caller writes them away instead of holding them in
/// <see cref="MatchingResult.Trail"/> to the end of the match. A step is complete when it is handed over.
/// </summary>
public interface ITrailSink
{
    void Add(TrailEntry step);
}
