using Reconciler.Reports.Csv;
using Reconciler.Reports.Html;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports;

/// <summary>
/// The reports of a run. They are written into a staging folder first and moved into place one by one
/// only after the run's results are committed, so a failed night never leaves half-written reports.
/// </summary>
public sealed class ReportSet(AgingBuckets buckets)
{
    public IReadOnlyList<IReportWriter> Writers { get; } =
    [
        new SummaryJson(),
        new ApplicationsCsv(),
        new SettlementsCsv(),
        new ExceptionsCsv(),
        new AgingCsv(buckets),
        new DepositsCsv(),
        new PostingsCsv(),
        new ExceptionsXlsx(),
        new AgingXlsx(buckets),
        new DepositsXlsx(),
        new SummaryHtml(buckets),
    ];

    public string WriteStaged(NightResult night, string outDir)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".staging-{night.RunId}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var writer in Writers) writer.Write(night, Path.Combine(staging, writer.FileName));
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
        return staging;
    }

    public static void Publish(string staging, string outDir)
    {
        Directory.CreateDirectory(outDir);
        foreach (var file in Directory.GetFiles(staging))
            File.Move(file, Path.Combine(outDir, Path.GetFileName(file)), overwrite: true);
        Directory.Delete(staging, recursive: true);
    }
}
