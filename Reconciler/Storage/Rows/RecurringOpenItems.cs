using Reconciler.Rules.Model;

namespace Reconciler.Storage.Rows;

/// <summary>
/// For a store that reads night after night of open items (a backtest), most of them unchanged from one night to the next:
/// an item read equal to one of the previous read (<see cref="Same"/>) is given back as that one, so the nights share the
/// items they have in common and what a night reads anew is let go at once. A month of 40,000 items a night otherwise made
/// every item again every night, and the collector copied each of them twice into its oldest generation.
/// </summary>
internal sealed class RecurringOpenItems
{
    private Dictionary<string, OpenItem> _last = new(StringComparer.Ordinal);
    private Dictionary<string, OpenItem> _reading = new(StringComparer.Ordinal);

    /// <summary>The item of the previous read equal to <paramref name="item"/> (the same values, amounts to the same scale), else <paramref name="item"/>.</summary>
    public OpenItem Same(OpenItem item)
    {
        // A record's equality takes 10.5 and 10.50 for equal: the scale is what the reports print, so it must match too.
        var same = _last.TryGetValue(item.InvoiceNumber, out var last) && last == item
            && last.Amount.Scale == item.Amount.Scale && last.OpenAmount.Scale == item.OpenAmount.Scale ? last : item;
        _reading[item.InvoiceNumber] = same;
        return same;
    }

    /// <summary>The read is over: the next one is compared with it.</summary>
    public void Read()
    {
        (_last, _reading) = (_reading, _last);
        _reading.Clear();
    }
}
