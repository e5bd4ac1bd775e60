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
    public static ParseProblem Error(string file, string location, string? field, string message) =>
        new(ProblemSeverity.Error, file, location, field, message);

    public static ParseProblem Warning(string file, string location, string? field, string message) =>
        new(ProblemSeverity.Warning, file, location, field, message);

    /// <summary>One sentence a person can act on: "bank.csv, line 7, field 'Amount': ...".</summary>
    public override string ToString() =>
        Field is null ? $"{File}, {Location}: {Message}" : $"{File}, {Location}, field '{Field}': {Message}";
}
