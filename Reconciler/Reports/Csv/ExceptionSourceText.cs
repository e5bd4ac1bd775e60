using Reconciler.Runs;

namespace Reconciler.Reports.Csv;

/// <summary>
/// The text a reviewer needs to recognise an exception's money (the bank line's counterparty and remittance, a
/// payment item's customer and text), by source id. Outside text: writers neutralise it.
/// </summary>
public static class ExceptionSourceText
{
    public static IReadOnlyDictionary<string, string> For(NightResult night)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cash in night.Cash)
            texts.TryAdd(cash.Transaction.Id, Join(cash.Transaction.Counterparty, cash.Transaction.Remittance));
        foreach (var item in night.Items)
            texts.TryAdd(item.ItemKey, Join(item.Item.Customer, item.Item.Text));
        return texts;
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(s => !string.IsNullOrWhiteSpace(s)));
}
