namespace Reconciler.Ingest;

/// <summary>Whether a problem stops a file from being used.</summary>
public enum ProblemSeverity
{
    /// <summary>The file is still used; someone should know.</summary>
    Warning,

    /// <summary>The file cannot be trusted; it is quarantined.</summary>
    Error,
}

/// <summary>A located problem: which file, where in it (line, segment or element path), which field, and what.</summary>
public sealed record ParseProblem(ProblemSeverity Severity, string File, string Location, string? Field, string Message)
{
    /// <summary>Messages quote file content; a 20 MB line must not become a 20 MB message in logs and problem files.</summary>
    public const int MaxMessageLength = 1000;

    public static ParseProblem Error(string file, string location, string? field, string message) =>
        new(ProblemSeverity.Error, file, location, field, Shorten(message));

    public static ParseProblem Warning(string file, string location, string? field, string message) =>
        new(ProblemSeverity.Warning, file, location, field, Shorten(message));

    private static string Shorten(string message) =>
        message.Length <= MaxMessageLength ? message : $"{message[..(MaxMessageLength - 100)]}... ({message.Length - MaxMessageLength + 100} more characters)";

    /// <summary>One sentence a person can act on: "bank.csv, line 7, field 'Amount': ...".</summary>
    public override string ToString() =>
        Field is null ? $"{File}, {Location}: {Message}" : $"{File}, {Location}, field '{Field}': {Message}";
}
