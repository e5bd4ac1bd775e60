namespace Reconciler.Tools.Generate;

/// <summary>
/// invoices.csv in the canonical columns (CONTRACT.md). Invoices a scenario treats as closed are listed with an
/// open amount of 0, as an export of recently settled items shows them: a payment naming one is a payment to a
/// closed invoice, not unknown money. A claim may name its secondary payer (<c>secondary_payer_id</c>, CONTRACT.md "Medical billing").
/// </summary>
internal static class OpenItemsWriter
{
    public static void Write(string path, IReadOnlyList<GenInvoice> invoices)
    {
        using var w = Files.Create(path);
        w.Write("invoice_number,customer_id,customer_name,issue_date,due_date,currency,amount,open_amount,secondary_payer_id\n");
        foreach (var i in invoices)
        {
            w.Write(string.Join(',', i.Number, i.CustomerId, Text.Csv(i.CustomerName), Text.Iso(i.Issue), Text.Iso(i.Due), "USD", Text.Money(i.Amount), Text.Money(i.Open), i.SecondaryPayerId ?? ""));
            w.Write('\n');
        }
    }
}
