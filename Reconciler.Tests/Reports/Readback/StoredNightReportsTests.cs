using Reconciler.Reports;
using Reconciler.Reports.Decisions;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Readback;

/// <summary>
/// The reports of a night read back from the store (what <c>report</c> does) are the reports <c>run</c> wrote: the
/// sample nights (with the reviewer's workbook imported after night 2), one after the other on one database, every file
/// compared byte for byte.
/// </summary>
public sealed class StoredNightReportsTests
{
    [Test]
    public void ReportsOfTheStoredNight_AreByteForByteTheReportsTheRunWrote()
    {
        using var night = new Night();
        var differences = new List<string>();
        foreach (var sample in SampleNights.All)
        {
            var asOf = DateOnly.Parse(sample.AsOf, System.Globalization.CultureInfo.InvariantCulture);
            File.Copy(Repository.Path("sample-data", sample.Invoices), night.Invoices, overwrite: true);
            foreach (var file in Directory.GetFiles(night.Inbox)) File.Delete(file);
            foreach (var file in Directory.GetFiles(Repository.Path("sample-data", sample.Inbox))) File.Copy(file, Path.Combine(night.Inbox, Path.GetFileName(file)));
            night.Run(asOf);
            if (sample.AsOf == SampleNights.ReviewedAfter)
            {
                using var reviewed = new SqliteStore(night.Database);
                Assert.That(new DecisionsImport(reviewed, night.Clock).Import(SampleNights.ReviewedWorkbook).Succeeded, Is.True);
            }

            using var store = new SqliteStore(night.Database);
            var stored = StoredNights.Load(store, asOf)!;
            var staging = new ReportSet(AgingBuckets.Default).WriteStaged(stored, night.Out(asOf, "-stored"));
            var ran = night.Out(asOf);
            foreach (var report in Directory.GetFiles(ran).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                if (!Contents(Path.Combine(ran, report!)).SequenceEqual(Contents(Path.Combine(staging, report!))))
                    differences.Add($"{asOf:yyyy-MM-dd}/{report}");
            }
        }

        Assert.That(differences, Is.Empty);
    }

    /// <summary>A file's bytes; of a workbook, each part's (its creation time aside, which says when it was written).</summary>
    private static IEnumerable<string> Contents(string path)
    {
        if (Path.GetExtension(path) != ".xlsx") return [Convert.ToBase64String(File.ReadAllBytes(path))];
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.FullName != "docProps/core.xml").Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return e.FullName + ":" + Convert.ToBase64String(copy.ToArray());
        }).ToList();
    }
}
