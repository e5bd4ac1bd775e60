namespace Reconciler.Runs;

/// <summary>One night's parameters, fully resolved (absolute paths, a fixed as-of date).</summary>
public sealed record RunOptions
{
    public required DateOnly AsOf { get; init; }
    public required string Inbox { get; init; }
    public required string Invoices { get; init; }
    public required string OutDir { get; init; }
    public required string QuarantineRoot { get; init; }

    /// <summary>console, schedule or rerun: who started it.</summary>
    public string Trigger { get; init; } = "console";

    public bool DryRun { get; init; }

    /// <summary>The ledger (bank account group or entity) the night is for; one run at a time per ledger.</summary>
    public string Ledger { get; init; } = "default";
}
