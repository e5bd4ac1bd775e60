namespace Reconciler.Storage;

/// <summary>The texts the statuses are stored as (unchanged from when they were strings): "completed", "already_ingested", ...</summary>
public static class RunStatuses
{
    public static string Text(this RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Completed => "completed",
        RunStatus.Superseded => "superseded",
        RunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown run status"),
    };

    public static string Text(this ImportStatus status) => status switch
    {
        ImportStatus.Ingested => "ingested",
        ImportStatus.AlreadyIngested => "already_ingested",
        ImportStatus.Quarantined => "quarantined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown import status"),
    };

    public static RunStatus Parse(string text) =>
        Enum.GetValues<RunStatus>().FirstOrDefault(s => s.Text() == text) is var status && status.Text() == text
            ? status
            : throw new InvalidDataException($"unknown run status '{text}' in the runs table");

    public static ImportStatus ParseImport(string text) =>
        Enum.GetValues<ImportStatus>().FirstOrDefault(s => s.Text() == text) is var status && status.Text() == text
            ? status
            : throw new InvalidDataException($"unknown import status '{text}'");
}
