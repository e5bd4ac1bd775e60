using System.Text.Json;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Books;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>
/// Rebuilds a finished night from the store, so its reports can be written again for any past date: the same night the
/// run reported (its inputs as the run listed them, its proofs and status worked out by the run's own code from the
/// store's figures), so <c>report</c> and <c>run</c> write the same files.
/// </summary>
public static class StoredNights
{
    public static NightResult? Load(IReconciliationStore store, DateOnly asOf, bool orEarlier = false, AgingBuckets? buckets = null, AccountChart? accounts = null)
    {
        var stored = store.LoadRun(asOf, orEarlier);
        if (stored is null) return null;
        var night = stored.Run.AsOf;
        // The trail is for explain; of it the night's books need only the reviewers' refunds and write-offs.
        var matching = new MatchingResult(stored.Applications, stored.Settlements, stored.Exceptions.Select(e => e.Discrepancy).ToList(), stored.Unapplied)
        {
            Trail = store.ReviewerClosings(stored.Run.RunId).Select(c => new TrailEntry(c.SourceId, c.Step, c.Rule, "decided", "")).ToList(),
            Reversals = stored.Reversals,
        };
        // What the night started from is what the nights before it left: the same queries the night itself ran.
        var cash = store.LoadOutstandingCash(night).Select(c => c.WithoutDetails()).ToList();
        var items = store.LoadOutstandingItems(night);
        var receivables = ArOpening.From(stored.OpenItems, NightProofs.Previous(store.PreviousOpenItems(night), store.PreviousBalances(night)));
        var proofs = NightProofs.Of(receivables, stored.OpenItems, NightResult.OpenAfter(stored.OpenItems, matching), cash, items, matching, night,
            buckets ?? AgingBuckets.Default, accounts ?? AccountChart.ByRole);
        var inputs = store.NightInputs(stored.Run.RunId) is { } json ? Inputs(json) : FromImports(stored);
        return new NightResult
        {
            RunId = stored.Run.RunId,
            AsOf = night,
            Status = NightResult.StatusOf(inputs, store.FileProblems(night).Count, proofs),
            Inputs = inputs,
            OpenItems = stored.OpenItems,
            ExportedOpen = stored.ExportedOpen,
            Cash = cash,
            Items = items,
            Batches = store.LoadUnsettledBatches(night),
            Matching = matching,
            Exceptions = stored.Exceptions
                .OrderBy(e => DiscrepancyCategory.Order(e.Discrepancy.Category)).ThenBy(e => e.Discrepancy.Id, StringComparer.Ordinal).ToList(),
            Proofs = proofs,
        };
    }

    /// <summary>The inputs as the run lists them in its reports, kept with the run (<see cref="NightWriter.Inputs"/>, in the night's transaction).</summary>
    public static string InputsJson(IReadOnlyList<InputReport> inputs) => JsonSerializer.Serialize(inputs);

    private static List<InputReport> Inputs(string json) =>
        JsonSerializer.Deserialize<List<InputReport>>(json) ?? throw new InvalidDataException("the run's stored inputs are not a list");

    /// <summary>A night stored before its inputs were kept: its files as the imports have them (no open-items export, no decisions).</summary>
    private static List<InputReport> FromImports(StoredRun stored) =>
        stored.Inputs.Select(i => new InputReport(i.File, i.Format, i.Records, i.Status, i.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToList();
}
