namespace Reconciler.Runs;

/// <summary>The process exit codes of CONTRACT.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished but some input was quarantined or a control total failed.</summary>
    public const int CompletedWithProblems = 1;

    /// <summary>Bad usage or configuration.</summary>
    public const int BadUsage = 2;

    /// <summary>The run failed; nothing half-written was left behind.</summary>
    public const int Failed = 3;
}
