using System.Runtime.InteropServices;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Deposits;

/// <summary>
/// The night's cash applications (adjustments left out) by source id, in the night's order: what a deposit row counts
/// and names. A chain of indexes through the applications instead of a group object and array per source (a lookup
/// took about 150 bytes per source, and a big night has a million).
/// </summary>
public sealed class AppliedBySource
{
    private readonly IReadOnlyList<Application> _applications;
    private readonly Dictionary<string, (int First, int Last, int Count)> _bySource;
    private readonly int[] _next;

    public AppliedBySource(IReadOnlyList<Application> applications)
    {
        _applications = applications;
        _next = new int[applications.Count];
        // Sized once (at most one source per application) instead of growing through copies of itself.
        _bySource = new(applications.Count, StringComparer.Ordinal);
        for (var i = 0; i < applications.Count; i++)
        {
            var application = applications[i];
            if (application.SourceKind == SourceKind.Adjustment) continue;
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySource, application.SourceId, out var exists);
            if (!exists) { entry = (i, i, 1); continue; }
            _next[entry.Last] = i;
            entry = (entry.First, i, entry.Count + 1);
        }
    }

    /// <summary>How many cash applications the source has.</summary>
    public int Count(string sourceId) => _bySource.TryGetValue(sourceId, out var entry) ? entry.Count : 0;

    /// <summary>The invoice numbers the source was applied to, joined by a space (empty when none).</summary>
    public string InvoiceNumbers(string sourceId)
    {
        if (!_bySource.TryGetValue(sourceId, out var entry)) return "";
        if (entry.Count == 1) return _applications[entry.First].InvoiceNumber;
        var text = new System.Text.StringBuilder();
        for (int i = entry.First, n = 0; n < entry.Count; i = _next[i], n++)
        {
            if (n > 0) text.Append(' ');
            text.Append(_applications[i].InvoiceNumber);
        }
        return text.ToString();
    }
}
