using Reconciler.Tools.Generate.Formats;

namespace Reconciler.Tools.Bench;

/// <summary>
/// One format the parse bench measures: its row name, the reader format detection must pick, the ratio to the
/// CsvHelper baseline it must stay within (issue 3: text formats 2, camt 4), the extension its file gets, and
/// the writer that makes a file of <c>units</c> lines, items or claims from a seed.
/// </summary>
public sealed record ParseBenchFormat(string Name, string Reader, double Target, string Extension, Action<string, long, int> Write)
{
    public const double TextTarget = 2.0;
    public const double CamtTarget = 4.0;

    /// <summary>CsvHelper's plain parse as PACKAGES.md measured it (98 MiB in 0.9 s), which issue 3's targets were written against.</summary>
    public const double PackagesBaselineMbPerSecond = 100.0;

    /// <summary>The target as a speed against the PACKAGES.md figure: 50 MB/s for text formats, 25 MB/s for camt.</summary>
    public double FloorMbPerSecond => PackagesBaselineMbPerSecond / Target;

    /// <summary>The open-items CSV is no inbox format: it is read by <c>OpenItemsCsvReader</c>, as the bench's bare parse does.</summary>
    public bool IsOpenItems => Reader == OpenItemsName;

    public const string OpenItemsName = "open-items";

    /// <summary>Every format of CONTRACT.md's inbox list, OFX in both its versions, and the open items.</summary>
    public static IReadOnlyList<ParseBenchFormat> All { get; } =
    [
        new("bai2", "bai2", TextTarget, ".bai", BenchFiles.Bai2),
        new("camt.052", "camt.052", CamtTarget, ".xml", CamtReportWriter.Write),
        new("camt.053", "camt.053", CamtTarget, ".xml", BenchFiles.Camt053),
        new("camt.054", "camt.054", CamtTarget, ".xml", CamtNotificationWriter.Write),
        new("mt940", "mt940", TextTarget, ".sta", Mt940Writer.Write),
        new("mt942", "mt942", TextTarget, ".sta", Mt942Writer.Write),
        new("ofx", "ofx", TextTarget, ".ofx", new OfxWriter(xml: false).Write),
        new("ofx (2.x xml)", "ofx", TextTarget, ".ofx", new OfxWriter(xml: true).Write),
        new("csv", "csv", TextTarget, ".csv", BenchFiles.BankCsv),
        new("stripe", "stripe", TextTarget, ".csv", BenchFiles.Stripe),
        new("paypal", "paypal", TextTarget, ".csv", BenchFiles.PayPal),
        new("x12-835", "x12-835", TextTarget, ".835", BenchFiles.Era835),
        new("nacha", "nacha", TextTarget, ".ach", NachaWriter.Write),
        new(OpenItemsName, OpenItemsName, TextTarget, ".csv", BenchFiles.OpenItems),
    ];
}
