using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Readback;

/// <summary>
/// The reports of a night read back from the store (what <c>report</c> does) are the reports <c>run</c> wrote: the two
/// sample nights, one after the other on one database, every file compared byte for byte.
/// </summary>
public sealed class StoredNightReportsTests
{
    [Test]
    public void ReportsOfTheStoredNight_AreByteForByteTheReportsTheRunWrote()
    {
        using var night = new Night();
        File.Copy(Repository.Path("sample-data", "invoices.csv"), night.Invoices, overwrite: true);
        var differences = new List<string>();
        foreach (var (inbox, asOf) in new[] { ("inbox", new DateOnly(2026, 11, 20)), ("troubled-inbox", new DateOnly(2026, 11, 21)) })
        {
            foreach (var file in Directory.GetFiles(night.Inbox)) File.Delete(file);
            foreach (var file in Directory.GetFiles(Repository.Path("sample-data", inbox))) File.Copy(file, Path.Combine(night.Inbox, Path.GetFileName(file)));
            night.Run(asOf);

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
