using System.Globalization;
using System.Xml.Linq;
using Reconciler.Reports.Cells;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Statements;

/// <summary>A printable, self-contained HTML statement for one customer (outside text encoded as text nodes).</summary>
public static class StatementHtml
{
    public static void Write(CustomerStatement s, string path)
    {
        var title = $"Statement for {s.CustomerName} ({s.CustomerId}) as of {Day(s.AsOf)}";
        var body = new XElement("body",
            new XElement("h1", title),
            new XElement("p", $"Amount due: ", new XElement("strong", $"{Money.Format(s.AmountDue)} {s.Currency}")),
            new XElement("h2", "Open items"),
            HtmlTable.Build(["invoice", "issued", "due", "amount", "open", "days past due"],
                s.OpenItems.Select(l => (IReadOnlyList<string>)[l.InvoiceNumber, Day(l.IssueDate), Day(l.DueDate), Money.Format(l.Amount), Money.Format(l.Open),
                    l.DaysPastDue.ToString(CultureInfo.InvariantCulture)]), new HashSet<int> { 3, 4, 5 }),
            new XElement("h2", $"Payments received {Day(s.PeriodStart)} to {Day(s.AsOf)}"),
            HtmlTable.Build(["date", "invoice", "amount", "reference"],
                s.Payments.Select(p => (IReadOnlyList<string>)[Day(p.Date), p.InvoiceNumber, Money.Format(p.Amount), p.Reference]), new HashSet<int> { 2 }),
            new XElement("h2", "Aging"),
            HtmlTable.Build(s.BucketNames, [s.Aging.Select(Money.Format).ToList()], Enumerable.Range(0, s.BucketNames.Count).ToHashSet()));
        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head", new XElement("meta", new XAttribute("charset", "utf-8")), new XElement("title", title),
                new XElement("style", "body{font-family:system-ui,sans-serif;margin:32px;max-width:900px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 10px}td.num{text-align:right}@media print{body{margin:0}}")),
            body);
        File.WriteAllText(path, "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
