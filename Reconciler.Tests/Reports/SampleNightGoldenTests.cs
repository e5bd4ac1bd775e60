using System.Globalization;
using ClosedXML.Excel;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports;

/// <summary>
/// The sample nights of sample-data/ run through the real console with the real configuration, one after
/// the other on one database, compared with the expected reports checked in beside them (the run id column
/// aside). Night 1 (inbox/) exercises every rule; night 2 (troubled-inbox/) adds a quarantined file and a
/// statement that does not add up, and shows exceptions carried forward with their first-seen dates; night 3
/// (returns-inbox/) takes back money night 1 applied; night 4 (clinic-inbox/) is a clinic's remittance night,
/// with its denials worklist and patient statements.
/// To refresh after an intended change, run the commands of sample-data/README.md.
/// </summary>
public sealed class SampleNightGoldenTests
{
    private static readonly string[] Reports = ["applications.csv", "settlements.csv", "exceptions.csv", "aging.csv", "deposits.csv", "journal.csv"];

    /// <summary>Nights 1 and 2 shipped before the denials worklist existed; the later nights ship it.</summary>
    private static readonly string[] LaterNights = ["2026-11-22", "2026-11-23"];

    private TempFolder _folder = null!;
    private IReadOnlyList<(string Step, ConsoleProcess.Result Result)> _steps = null!;

    [OneTimeSetUp]
    public void RunTheSampleNights()
    {
        _folder = new TempFolder();
        _steps = SampleNights.Run(_folder, ConsoleProcess.PrivateConfig(_folder));
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void EveryStep_EndsAsItShould()
    {
        var expected = SampleNights.All.ToDictionary(n => n.AsOf, n => n.ExitCode);
        Assert.Multiple(() =>
        {
            foreach (var (step, result) in _steps)
                Assert.That(result.ExitCode, Is.EqualTo(expected.GetValueOrDefault(step, 0)), $"{step}: {result.Error}");
        });
    }

    [Test]
    public void SampleNights_ProduceTheExpectedReports()
    {
        Assert.Multiple(() =>
        {
            foreach (var night in SampleNights.All.Select(n => n.AsOf))
            {
                foreach (var report in LaterNights.Contains(night) ? [.. Reports, "denials.csv"] : Reports)
                {
                    Assert.That(ReportFiles.WithoutRunId(_folder.File(Path.Combine(night, report))),
                        Is.EqualTo(ReportFiles.WithoutRunId(Repository.Path("sample-data", "expected", night, report))), $"{night}/{report}");
                }
            }
        });
    }

    [Test]
    public void ClinicNight_WritesTheExpectedPatientStatements_TheirTextAndTheirCells()
    {
        var written = Path.Combine(_folder.File(SampleNights.ClinicNight), "statements", "patients");
        var expected = Repository.Path("sample-data", "expected", SampleNights.ClinicNight, "statements", "patients");
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.That(Directory.GetFiles(written).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(names));
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                if (Path.GetExtension(name) == ".html")
                    Assert.That(File.ReadAllText(Path.Combine(written, name!)), Is.EqualTo(File.ReadAllText(Path.Combine(expected, name!))), name);
                else
                    Assert.That(Cells(Path.Combine(written, name!)), Is.EqualTo(Cells(Path.Combine(expected, name!))), name);
            }
        });
    }

    [Test]
    public void SampleNight1_ExercisesEveryExceptionCategoryButTheFileLevelOnes_AndNight2AddsThem()
    {
        var night1 = ReportFiles.Rows(Repository.Path("sample-data", "expected", "2026-11-20", "exceptions.csv")).Select(r => r["category"]).ToHashSet();
        var night2 = ReportFiles.Rows(Repository.Path("sample-data", "expected", "2026-11-21", "exceptions.csv")).Select(r => r["category"]).ToHashSet();

        // proof_out_of_balance is the one category a sample night must never raise: its proofs close.
        Assert.That(night1.Union(night2), Is.EquivalentTo(Reconciler.Rules.Discrepancies.DiscrepancyCategory.All.Except(["proof_out_of_balance"])));
        Assert.That(night2, Does.Contain("unparseable_file").And.Contain("statement_out_of_balance"));
    }

    /// <summary>Every used cell of every sheet, as "sheet!A1 = value": what a person sees, not how the file stores it.</summary>
    private static List<string> Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed().Select(c =>
            $"{sheet.Name}!{c.Address} = {Convert.ToString(c.Value, CultureInfo.InvariantCulture)}")).ToList();
    }
}
