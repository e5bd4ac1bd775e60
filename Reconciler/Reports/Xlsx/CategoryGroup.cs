using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Xlsx;

/// <summary>The exceptions of one category and the sheet they go on.</summary>
public sealed record CategoryGroup(string Category, string Sheet, IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> Items);
