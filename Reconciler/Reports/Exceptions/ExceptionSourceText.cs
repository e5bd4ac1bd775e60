using System.Runtime.InteropServices;
using Reconciler.Reports.Deposits;
using Reconciler.Reports.Facts;
using Reconciler.Runs;

namespace Reconciler.Reports.Exceptions;

/// <summary>
/// The text a reviewer needs to recognise an exception's money (the bank line's counterparty and remittance, a
/// payment item's customer and text), by source id. Outside text: writers neutralise it. Only the sources some
/// exception names are kept, and the two parts are joined by the writer (a big night has millions of sources).
/// </summary>
public sealed class ExceptionSourceText
{
    // One table, keyed by the sources the exceptions name; Found tells a source seen from one not (yet) seen.
    private readonly Dictionary<string, (bool Found, string? First, string? Second)> _parts;

    public ExceptionSourceText(NightResult night)
    {
        _parts = new(night.Exceptions.Count, StringComparer.Ordinal);
        foreach (var (d, _) in night.Exceptions) _parts.TryAdd(d.SourceId, default);
        // The first source with an id wins, bank lines before payment items, as it always has.
        foreach (var cash in night.Cash) Offer(cash.Id, cash.Counterparty, cash.Remittance);
        foreach (var item in night.Items) Offer(item.ItemKey, item.Item.Customer, item.Item.Text);
    }

    /// <summary>The shared texts of the night (see <see cref="NightFacts"/>).</summary>
    public static ExceptionSourceText For(NightResult night) => NightFacts.Of(night).SourceTexts;

    /// <summary>The source's two texts (to be joined by a space, blank ones left out); nulls when no bank line or payment item has that id.</summary>
    public (string? First, string? Second) Parts(string sourceId) =>
        _parts.TryGetValue(sourceId, out var parts) ? (parts.First, parts.Second) : (null, null);

    /// <summary>The source's text, or null when no bank line or payment item has that id.</summary>
    public string? Get(string sourceId) =>
        _parts.TryGetValue(sourceId, out var parts) && parts.Found ? DepositPlan.JoinText(parts.First, parts.Second) : null;

    private void Offer(string id, string? first, string? second)
    {
        ref var parts = ref CollectionsMarshal.GetValueRefOrNullRef(_parts, id);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref parts) && !parts.Found) parts = (true, first, second);
    }
}
