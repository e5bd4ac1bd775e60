namespace Reconciler.Rules.Matching;

/// <summary>
/// Where the night's trail steps go as they are taken, when the caller writes them away instead of holding them in
/// <see cref="MatchingResult.Trail"/> to the end of the match. A step is complete when it is handed over;
/// its list of rejections is the caller's and may be reused after <see cref="Add"/> returns, so a sink that keeps the step copies it.
/// </summary>
public interface ITrailSink
{
    void Add(TrailEntry step);
}
