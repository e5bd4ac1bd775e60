using System.Globalization;
using System.Xml.Linq;
using Reconciler.Reports.Cells;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Summary;

/// <summary>
/// summary.html: the night on one self-contained page (inline CSS, inline SVG charts, no script and no external
/// asset), so it can be mailed or opened offline. Built as well-formed XHTML with text nodes, so every outside
/// text is encoded.
/// </summary>
public sealed class SummaryHtml(AgingBuckets? buckets = null) : IReportWriter
{
    private readonly AgingBuckets _buckets = buckets ?? AgingBuckets.Default;

    public string FileName => "summary.html";

    public void Write(NightResult night, string path)
    {
        var title = $"Reconciliation {night.AsOf:yyyy-MM-dd}";
        var body = new XElement("body",
            new XElement("h1", title),
            new XElement("p", $"Run {night.RunId}: ", new XElement("strong", night.Status),
                $" · auto-match rate {(SummaryJson.AutoMatchRate(night) * 100m).ToString("0.0", CultureInfo.InvariantCulture)} %"));
        body.Add(new XElement("h2", "Inputs"), HtmlTable.Build(["file", "format", "records", "status", "problems"],
            night.Inputs.Select(i => (IReadOnlyList<string>)[i.File, i.Format, Int(i.Records), i.Status, string.Join("; ", i.Problems)]),
            new HashSet<int> { 2 }));
        body.Add(new XElement("h2", "Counts"), HtmlTable.Build(["what", "count"], SummaryNumbers.Counts(night), new HashSet<int> { 1 }));
        body.Add(new XElement("h2", "Totals"), HtmlTable.Build(["currency", "cash considered", "applied", "unapplied", "open receivables"],
            SummaryNumbers.Totals(night), new HashSet<int> { 1, 2, 3, 4 }));
        body.Add(new XElement("h2", "Proofs"), HtmlTable.Build(Journal.ProofsReport.Header, Journal.ProofsReport.Rows(night.Proofs), new HashSet<int> { 3, 5, 6 }));
        body.Add(new XElement("h2", "Exceptions by category"), HtmlTable.Build(["category", "count", "errors", "warnings"],
            SummaryNumbers.ExceptionsByCategory(night), new HashSet<int> { 1, 2, 3 }));
        body.Add(new XElement("h2", "Charts"));
        foreach (var chart in SummaryNumbers.Charts(night, _buckets)) body.Add(new XElement("div", new XAttribute("class", "chart"), chart));

        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("title", title),
                new XElement("style", Css)),
            body);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.Write("<!DOCTYPE html>\n");
        writer.Write(html.ToString(SaveOptions.None));
        writer.Write('\n');
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 24px; color: #222; max-width: 1100px; }
        h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: 8px 0; }
        th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: #eef3f8; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .chart { margin: 12px 0; } .chart-title { font-weight: bold; }
        svg text { font-size: 13px; font-family: system-ui, sans-serif; }
        """;
}
