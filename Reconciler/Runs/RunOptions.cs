namespace Reconciler.Runs;

/// <summary>One night's parameters, fully resolved (absolute paths, a fixed as-of date).</summary>
public sealed record RunOptions
{
    public required DateOnly AsOf { get; init; }
    /// <summary>The inbox folder; null for a rerun, which reads nothing new and works from the stored inputs.</summary>
    public required string? Inbox { get; init; }

    /// <summary>The open-items CSV; ignored when <see cref="StoredOpenItems"/> is given.</summary>
    public required string Invoices { get; init; }

    /// <summary>For a rerun: the open items as the original night's export gave them (its stored snapshot).</summary>
    public IReadOnlyList<Rules.Model.OpenItem>? StoredOpenItems { get; init; }

    /// <summary>For a rerun: what the original night said of its inputs, shown again in the summary.</summary>
    public IReadOnlyList<InputReport>? StoredInputs { get; init; }
    public required string OutDir { get; init; }
    public required string QuarantineRoot { get; init; }

    /// <summary>console, schedule or rerun: who started it.</summary>
    public string Trigger { get; init; } = "console";

    public bool DryRun { get; init; }

    /// <summary>False for a night replayed only for its figures (a backtest): no report files are written or published.</summary>
    public bool WriteReports { get; init; } = true;

    /// <summary>
    /// False for a night replayed only for its figures (a backtest): its decision trail (each payment's steps, for explain) is not
    /// written. No later night reads an earlier night's trail, so the nights after it come out the same.
    /// </summary>
    public bool WriteTrail { get; init; } = true;

    /// <summary>
    /// False where many small nights run one after the other in one process (a backtest): the full collections between stages
    /// keep a big night's peak down, but each one goes over everything the process holds, paid three times a night.
    /// </summary>
    public bool CollectBetweenStages { get; init; } = true;

    /// <summary>How inbox files are taken and where they go afterwards.</summary>
    public Configuration.InboxSettings InboxLifecycle { get; init; } = new() { StableSeconds = 0 };

    /// <summary>The archive root for "move" mode (absolute).</summary>
    public string ArchiveRoot { get; init; } = Path.Combine(Path.GetTempPath(), "reconciler-archive");

    /// <summary>The ledger (bank account group or entity) the night is for; one run at a time per ledger.</summary>
    public string Ledger { get; init; } = "default";
}
