using System.Xml.Linq;
using Reconciler.Reports.Cells;

namespace Reconciler.Reports.Statements.Patients;

/// <summary>A printable patient statement: what is owed, visit by visit in plain words, and how to pay (outside text as text nodes).</summary>
public static class PatientStatementHtml
{
    public static void Write(PatientStatement s, string path)
    {
        var title = $"Statement for {s.PatientName} (patient number {s.PatientId})";
        var body = new XElement("body",
            new XElement("h1", title),
            new XElement("p", $"As of {PatientStatementWords.Day(s.AsOf)} you owe ",
                new XElement("strong", PatientStatementWords.Amount(s.AmountDue, s.Currency)), $". Please pay by {PatientStatementWords.Day(s.PayBy)}."));
        foreach (var line in s.Lines)
        {
            body.Add(new XElement("h2", PatientStatementWords.Visit(line)));
            body.Add(HtmlTable.Build(["", s.Currency],
                PatientStatementWords.Figures(line).Select(f => (IReadOnlyList<string>)[f.Label, Rules.Model.Money.Format(f.Amount)]), new HashSet<int> { 1 }));
        }
        body.Add(new XElement("h2", "How to pay"), new XElement("p", s.HowToPay));
        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head", new XElement("meta", new XAttribute("charset", "utf-8")), new XElement("title", title),
                new XElement("style", "body{font-family:system-ui,sans-serif;margin:32px;max-width:760px}table{border-collapse:collapse;min-width:560px}th,td{border:1px solid #ccc;padding:4px 10px}td.num{text-align:right}@media print{body{margin:0}}")),
            body);
        File.WriteAllText(path, "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n");
    }
}
