using Reconciler.Runs;

namespace Reconciler.Tests.Support;

/// <summary>
/// The shipped sample nights of sample-data/, in order, as sample-data/README.md regenerates their expected reports: one
/// database, the reviewer's Appeal workbook imported after night 2, and the patient statements written after night 4.
/// </summary>
public static class SampleNights
{
    /// <summary>A night: its as-of date, its inbox and billing's export under sample-data/, and how its run ends.</summary>
    public sealed record SampleNight(string AsOf, string Inbox, string Invoices, int ExitCode);

    public static readonly IReadOnlyList<SampleNight> All =
    [
        new("2026-11-20", "inbox", "invoices.csv", ExitCodes.Success),
        new("2026-11-21", "troubled-inbox", "invoices.csv", ExitCodes.CompletedWithProblems),
        new("2026-11-22", "returns-inbox", "invoices-2026-11-22.csv", ExitCodes.Success),
        new("2026-11-23", "clinic-inbox", "invoices-2026-11-22.csv", ExitCodes.Success),
    ];

    /// <summary>Night 2's exceptions workbook as a reviewer returned it (Appeal on CLM-24018's denial), imported before night 3.</summary>
    public static string ReviewedWorkbook => Repository.Path("sample-data", "decisions", "exceptions-2026-11-21-reviewed.xlsx");

    public const string ReviewedAfter = "2026-11-21";
    public const string ClinicNight = "2026-11-23";

    /// <summary>
    /// Runs every night through the console into <c>folder/&lt;as-of&gt;/</c> on <c>folder/r.db</c>, imports the reviewed
    /// workbook after night 2 and writes the patient statements of the clinic night; returns each command's result.
    /// </summary>
    public static IReadOnlyList<(string Step, ConsoleProcess.Result Result)> Run(TempFolder folder, string config)
    {
        var results = new List<(string, ConsoleProcess.Result)>();
        string[] Database() => ["--config", config, "--db", folder.File("r.db")];
        foreach (var night in All)
        {
            results.Add((night.AsOf, ConsoleProcess.Run(folder.Path, ["run", "--inbox", Repository.Path("sample-data", night.Inbox),
                "--invoices", Repository.Path("sample-data", night.Invoices), "--as-of", night.AsOf, "--out", folder.File(night.AsOf), .. Database()])));
            if (night.AsOf == ReviewedAfter)
                results.Add(("decisions", ConsoleProcess.Run(folder.Path, ["decisions", "import", ReviewedWorkbook, .. Database()])));
        }
        results.Add(("statements", ConsoleProcess.Run(folder.Path,
            ["report", "statements", "--patients", "--as-of", ClinicNight, "--out", folder.File(ClinicNight), .. Database()])));
        return results;
    }
}
