namespace Reconciler.Storage;

/// <summary>What became of a file, and of a run's use of it; written to tables as its <see cref="RunStatuses.Text"/>.</summary>
public enum ImportStatus
{
    /// <summary>Read and stored with its lines.</summary>
    Ingested,
    /// <summary>Read on an earlier night (the same content): linked, not stored again.</summary>
    AlreadyIngested,
    /// <summary>Kept aside with its problems; none of its lines are stored.</summary>
    Quarantined,
}
