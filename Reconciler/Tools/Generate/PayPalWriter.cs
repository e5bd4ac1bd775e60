namespace Reconciler.Tools.Generate;

/// <summary>One PayPal payment received for an invoice (gross and PayPal's fee).</summary>
internal sealed record PayPalItem(decimal Gross, decimal Fee, string? Invoice, string Name, Expected Expected)
{
    public decimal Net => Gross - Fee;
}

/// <summary>
/// PayPal's English activity download (FORMATS.md §8): quoted values, <c>MM/dd/yyyy</c> dates, <c>1,250.00</c>
/// amounts, the fee negative (gross + fee = net), a running balance, and a UTF-8 BOM as PayPal sends it. Each
/// day's payments are swept to the bank by a General Withdrawal of their net. The truth key is the Transaction ID.
/// </summary>
internal sealed class PayPalWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Random _random;
    private decimal _balance;

    public PayPalWriter(string folder, string fileName, Random random)
    {
        FileName = fileName;
        _random = random;
        _writer = Files.Create(Path.Combine(folder, fileName), bom: true);
        _writer.Write("\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"From Email Address\",\"To Email Address\","
            + "\"Transaction ID\",\"Reference Txn ID\",\"Invoice Number\",\"Balance\",\"Balance Impact\"\n");
    }

    public string FileName { get; }

    /// <summary>Writes a day's payments and the withdrawal that empties the balance; returns the ids and the withdrawn amount.</summary>
    public (string WithdrawalId, decimal Amount, IReadOnlyList<string> Ids) WriteDay(DateOnly date, IReadOnlyList<PayPalItem> items)
    {
        var ids = new List<string>(items.Count);
        var seconds = 8 * 3600;
        foreach (var item in items)
        {
            var id = Text.Token(_random, 17);
            ids.Add(id);
            seconds += 60 + _random.Next(1800);
            _balance += item.Net;
            var email = new string(item.Name.Where(char.IsLetter).Take(10).ToArray()).ToLowerInvariant() + "@example.net";
            Row(date, seconds, item.Name, _random.Next(3) == 0 ? "Website Payment" : "Express Checkout Payment", item.Gross, -item.Fee, email,
                "billing@northclinic.example", id, item.Invoice ?? "", "Credit");
        }
        var withdrawal = Text.Token(_random, 17);
        var amount = _balance;
        _balance = 0m;
        Row(date, Math.Max(seconds + 60, 18 * 3600), "", "General Withdrawal", -amount, 0m, "billing@northclinic.example", "", withdrawal, "", "Debit");
        return (withdrawal, amount, ids);
    }

    private void Row(DateOnly date, int seconds, string name, string type, decimal gross, decimal fee, string from, string to, string id, string invoice, string impact)
    {
        var time = $"{seconds / 3600 % 24:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}";
        var fields = new[]
        {
            date.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture), time, "CST", name, type, "Completed", "USD",
            Grouped(gross), Grouped(fee), Grouped(gross + fee), from, to, id, "", invoice, Grouped(_balance), impact,
        };
        _writer.Write(string.Join(',', fields.Select(Text.Quoted)));
        _writer.Write('\n');
    }

    private static string Grouped(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _writer.Dispose();
}
