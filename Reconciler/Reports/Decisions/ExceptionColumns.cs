using Reconciler.Reports.Exceptions;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// The columns of a category sheet in exceptions.xlsx: those of exceptions.csv, then what a reviewer fills in,
/// then the hidden key the decisions reader trusts (the visible id column can be edited or sorted away).
/// </summary>
public static class ExceptionColumns
{
    public const string Decision = "Decision";
    public const string ApplyTo = "Apply to";
    public const string Note = "Note";
    public const string Key = "exception_id_key";

    /// <summary>The dropdown's values, in the order a reviewer sees them.</summary>
    public static readonly IReadOnlyList<string> Decisions = ["Apply", "Write off", "Refund", "Appeal", "Ignore", "Investigate"];

    public static readonly IReadOnlyList<string> All = [.. ExceptionsCsv.Header, Decision, ApplyTo, Note, Key];

    /// <summary>1-based column number of <paramref name="name"/>.</summary>
    public static int Number(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == name) return i + 1;
        }
        throw new ArgumentException($"no exceptions.xlsx column '{name}'", nameof(name));
    }

    public const string SummarySheet = "Summary";
}
