using System.Diagnostics;
using System.Xml.Linq;
using Reconciler.Reports.Summary;
using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Summary;

public sealed class SummaryHtmlTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static NightResult Night() => NightResults.With(
        exceptions: [NightResults.Exception(1), NightResults.Exception(2, DiscrepancyCategory.StatementOutOfBalance, Severity.Warning)],
        items: [NightResults.Invoice("INV-1", "C-1", NightResults.AsOf.AddDays(-40), 500m), NightResults.Invoice("INV-2", "C-2", NightResults.AsOf, 70m)],
        cash: [NightResults.Credit("line-000001", 500m, "INV-1"), NightResults.Credit("line-000002", 20m, "unknown")],
        applications: [NightResults.Applied("INV-1", 500m)],
        inputs: [new InputReport("bank <b>&</b>.csv", "csv", 2, "quarantined", ["line 3: <script>alert(1)</script>"])]);

    private static string Write(TempFolder folder)
    {
        var path = folder.File("summary.html");
        new SummaryHtml().Write(Night(), path);
        return path;
    }

    [Test]
    public void Page_IsWellFormed_WithInlineSvgCharts_AndNoExternalReference()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(Write(folder));

        var document = XDocument.Parse(html);
        var svgs = document.Descendants("svg").ToList();
        Assert.That(svgs, Has.Count.EqualTo(2));
        Assert.That(svgs.Select(s => s.Element("title")!.Value),
            Is.EqualTo(new[] { "Open receivables by age (USD)", "Money matched and unmatched (USD)" }));
        Assert.That(svgs[0].Elements("rect").Count(), Is.EqualTo(5));
        Assert.That(document.Descendants("style").Single().Value, Does.Contain("table"));
        Assert.That(html, Does.Not.Contain("http:").And.Not.Contain("https:").And.Not.Contain("src=").And.Not.Contain("<link").And.Not.Contain("<script>"));
    }

    [Test]
    public void Page_ShowsTheNightsNumbers_AndEncodesOutsideText()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(Write(folder));
        var text = XDocument.Parse(html).Root!.Value;

        Assert.That(html, Does.Contain("bank &lt;b&gt;&amp;&lt;/b&gt;.csv").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(text, Does.Contain("auto-match rate 50.0 %").And.Contain("unmatched_receipt").And.Contain("statement_out_of_balance"));
        var totals = XDocument.Parse(html).Descendants("tr").Single(r => r.Elements("td").FirstOrDefault()?.Value == "USD");
        Assert.That(totals.Elements("td").Select(td => td.Value), Is.EqualTo(new[] { "USD", "520.00", "500.00", "20.00", "70.00" }));
    }

    [Test]
    public void Page_RendersInHeadlessChromium()
    {
        if (!File.Exists(Chromium)) Assert.Ignore($"Chromium is absent ({Chromium} not found); the page was not rendered.");
        using var folder = new TempFolder();
        var page = Write(folder);
        var png = folder.File("summary.png");
        var start = new ProcessStartInfo(Chromium)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.File("profile"), "--screenshot=" + png,
                "--window-size=1200,1600", new Uri(page).AbsoluteUri },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "chromium did not finish within 60 s");

        Assert.That(File.Exists(png), Is.True, error.Result);
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(1000));
    }
}
