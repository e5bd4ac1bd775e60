using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>Rebuilds a finished night from the store, so its reports can be written again for any past date.</summary>
public static class StoredNights
{
    public static NightResult? Load(IReconciliationStore store, DateOnly asOf, bool orEarlier = false)
    {
        var stored = store.LoadRun(asOf, orEarlier);
        if (stored is null) return null;
        var night = stored.Run.AsOf;
        var matching = new MatchingResult(stored.Applications, stored.Settlements, stored.Exceptions.Select(e => e.Discrepancy).ToList(), stored.Unapplied);
        return new NightResult
        {
            RunId = stored.Run.RunId,
            AsOf = night,
            Status = stored.Inputs.Any(i => i.Status is "quarantined") ? "completed_with_problems" : "completed",
            Inputs = stored.Inputs.Select(i => new InputReport(i.File, i.Format, i.Records, i.Status,
                i.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToList(),
            OpenItems = stored.OpenItems,
            ExportedOpen = stored.ExportedOpen,
            // What the night started from is what the nights before it left: the same queries the night itself ran.
            Cash = store.LoadOutstandingCash(night).Select(c => c.WithoutDetails()).ToList(),
            Items = store.LoadOutstandingItems(night),
            Batches = store.LoadUnsettledBatches(night),
            Matching = matching,
            Exceptions = stored.Exceptions
                .OrderBy(e => DiscrepancyCategory.Order(e.Discrepancy.Category)).ThenBy(e => e.Discrepancy.Id, StringComparer.Ordinal).ToList(),
        };
    }
}
