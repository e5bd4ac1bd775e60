using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Facts;

/// <summary>A severity as the reports write it (lower case), without a new string per row.</summary>
public static class Severities
{
    private static readonly Dictionary<Severity, string> Names = Enum.GetValues<Severity>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());

    public static string Name(Severity severity) => Names.TryGetValue(severity, out var name) ? name : severity.ToString().ToLowerInvariant();
}
