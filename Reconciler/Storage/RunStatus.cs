namespace Reconciler.Storage;

/// <summary>Where a run is in its life; written to the runs table as its <see cref="RunStatuses.Text"/>.</summary>
public enum RunStatus
{
    Running,
    Completed,
    /// <summary>A completed night whose results a later run of the same night replaced.</summary>
    Superseded,
    Failed,
}
