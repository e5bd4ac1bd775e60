using Reconciler.Rules.Model;

namespace Reconciler.Ingest.OpenItems;

/// <summary>The open items of a night and the located problems found while loading them.</summary>
public sealed record OpenItemsLoad(IReadOnlyList<OpenItem> Items, IReadOnlyList<ParseProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
