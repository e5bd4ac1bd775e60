using Reconciler.Storage;

namespace Reconciler.Runs.Backtest;

/// <summary>The options that recompute a stored night from what the store kept of it: its inputs and the open items its export gave.</summary>
public static class StoredRerun
{
    public static RunOptions Options(StoredRunBase original, string outDir, string quarantineRoot, string trigger) => new()
    {
        AsOf = original.Run.AsOf,
        Inbox = null,
        Invoices = "",
        // Copied only where the export said otherwise than the snapshot (both amounts are read back alike, so equal means the same).
        StoredOpenItems = original.OpenItems.Select(i => original.ExportedOpen.TryGetValue(i.InvoiceNumber, out var exported) && exported != i.OpenAmount
            ? i with { OpenAmount = exported } : i).ToList(),
        StoredInputs = original.Inputs.Select(i => new InputReport(i.File, i.Format, i.Records, i.Status, i.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToList(),
        OutDir = outDir,
        QuarantineRoot = quarantineRoot,
        Trigger = trigger,
    };

    /// <summary>The decisions reviewers took on the exceptions of <paramref name="asOf"/> (those answering that very night).</summary>
    public static IReadOnlyList<Rules.Matching.ReviewDecision> DecisionsOn(IReconciliationStore store, DateOnly asOf)
    {
        var earlier = store.DecisionsFor(asOf).Select(d => (d.Reference, d.ExceptionId)).ToHashSet();
        return store.DecisionsFor(asOf.AddDays(1)).Where(d => !earlier.Contains((d.Reference, d.ExceptionId))).ToList();
    }
}
