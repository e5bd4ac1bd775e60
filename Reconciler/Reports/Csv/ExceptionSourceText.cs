using Reconciler.Reports.Shared;
using Reconciler.Runs;

namespace Reconciler.Reports.Csv;

/// <summary>
/// The text a reviewer needs to recognise an exception's money (the bank line's counterparty and remittance, a
/// payment item's customer and text), by source id. Outside text: writers neutralise it. Only the sources some
/// exception names are kept, and the two parts are joined when asked for (a big night has millions of sources).
/// </summary>
public sealed class ExceptionSourceText
{
    private readonly Dictionary<string, (string? First, string? Second)> _parts = new(StringComparer.Ordinal);

    public ExceptionSourceText(NightResult night)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (d, _) in night.Exceptions) wanted.Add(d.SourceId);
        // The first source with an id wins, bank lines before payment items, as it always has.
        foreach (var cash in night.Cash)
        {
            if (wanted.Contains(cash.Transaction.Id)) _parts.TryAdd(cash.Transaction.Id, (cash.Transaction.Counterparty, cash.Transaction.Remittance));
        }
        foreach (var item in night.Items)
        {
            if (wanted.Contains(item.ItemKey)) _parts.TryAdd(item.ItemKey, (item.Item.Customer, item.Item.Text));
        }
    }

    /// <summary>The shared texts of the night (see <see cref="NightFacts"/>).</summary>
    public static ExceptionSourceText For(NightResult night) => NightFacts.Of(night).SourceTexts;

    /// <summary>The source's text, or null when no bank line or payment item has that id.</summary>
    public string? Get(string sourceId) =>
        _parts.TryGetValue(sourceId, out var parts) ? DepositPlan.JoinText(parts.First, parts.Second) : null;
}
