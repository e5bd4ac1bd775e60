namespace Reconciler.Reports.Decisions;

/// <summary>The six decisions a reviewer can take, as the workbook shows them and as the engine names them.</summary>
public static class DecisionAction
{
    public const string Apply = "apply";
    public const string WriteOff = "write_off";
    public const string Refund = "refund";
    public const string Appeal = "appeal";
    public const string Ignore = "ignore";
    public const string Investigate = "investigate";

    public static readonly IReadOnlyList<string> All = [Apply, WriteOff, Refund, Appeal, Ignore, Investigate];

    /// <summary>
    /// The engine's name for a dropdown value ("Write off" gives write_off), ignoring case and surrounding
    /// spaces; null when it is none of the six.
    /// </summary>
    public static string? Normalise(string? shown)
    {
        if (string.IsNullOrWhiteSpace(shown)) return null;
        var key = string.Join('_', shown.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        return All.Contains(key) ? key : null;
    }
}
