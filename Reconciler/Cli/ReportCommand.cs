using System.CommandLine;
using System.Globalization;
using Reconciler.Configuration;
using Reconciler.Reports;
using Reconciler.Reports.Aging;
using Reconciler.Reports.Deposits;
using Reconciler.Reports.Exceptions;
using Reconciler.Reports.MonthEnd;
using Reconciler.Reports.Statements;
using Reconciler.Reports.Statements.Patients;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Cli;

/// <summary>
/// <c>reconciler report aging|deposits|exceptions|statements|month-end</c>: reports computed from the store,
/// so they are right for any past date and need no recomputation.
/// </summary>
public static class ReportCommand
{
    private static readonly Argument<string> Kind = new("REPORT") { Description = "aging, deposits, exceptions, statements, month-end or payers" };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The date to report as of, yyyy-MM-dd (default: today)" };
    private static readonly Option<string?> Out = new("--out") { Description = "Folder for the report files (default: <reports root>/<as-of>/)" };
    private static readonly Option<string?> Customer = new("--customer") { Description = "statements: only this customer id" };
    private static readonly Option<bool> Patients = new("--patients") { Description = "statements: patient statements (what patients owe after insurance) instead of customer statements" };
    private static readonly Option<string?> Month = new("--month") { Description = "month-end: the month, yyyy-MM" };

    public static Command Create()
    {
        var command = new Command("report", "Write a report from the stored nights: aging, deposits, exceptions, statements, month-end or payers");
        foreach (var option in new Option[] { AsOf, Out, Customer, Patients, Month }) command.Add(option);
        command.Add(Kind);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        var kind = parse.GetValue(Kind)!;
        var asOf = parse.GetValue(AsOf) is { } text ? AppServices.ParseDate(text, "--as-of") : app.Today();
        var month = parse.GetValue(Month) is { } m
            ? DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first
                : throw new ConfigurationError($"--month: '{m}' is not a month (yyyy-MM)")
            : new DateOnly(asOf.Year, asOf.Month, 1);
        var outDir = Path.GetFullPath(parse.GetValue(Out) ?? Path.Combine(app.Configuration.Resolve(app.Settings.ReportsRoot), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(outDir);
        using var store = app.OpenStore();
        var buckets = app.Buckets();
        var written = kind switch
        {
            "aging" => Write(outDir, Night(store, asOf, orEarlier: true, buckets) with { AsOf = asOf }, new AgingCsv(buckets), new AgingXlsx(buckets)),
            "deposits" => Write(outDir, Night(store, asOf, orEarlier: false, buckets), new DepositsCsv(), new DepositsXlsx()),
            "exceptions" => Write(outDir, Night(store, asOf, orEarlier: false, buckets), new ExceptionsCsv(), new ExceptionsXlsx()),
            "statements" when parse.GetValue(Patients) => PatientStatementFiles.Write(Night(store, asOf, orEarlier: true, buckets), store,
                outDir, asOf, parse.GetValue(Customer), app.Configuration.Root["Reconciler:Statements:HowToPay"]),
            "statements" => Statements(store, outDir, asOf, buckets, parse.GetValue(Customer)),
            "month-end" => MonthEndFiles(store, outDir, month, buckets),
            "payers" => PayersReport.Files(store, outDir, month),
            _ => throw new ConfigurationError($"REPORT: '{kind}' is not a report; choose aging, deposits, exceptions, statements, month-end or payers"),
        };
        foreach (var file in written) Console.WriteLine(file);
        return ExitCodes.Success;
    }

    private static NightResult Night(IReconciliationStore store, DateOnly asOf, bool orEarlier, Rules.Aging.AgingBuckets? buckets = null) =>
        StoredNights.Load(store, asOf, orEarlier, buckets)
        ?? throw new ConfigurationError(orEarlier ? $"--as-of: no night up to {asOf:yyyy-MM-dd} has been reconciled" : $"--as-of: the night {asOf:yyyy-MM-dd} has not been reconciled");

    private static List<string> Write(string outDir, NightResult night, params IReportWriter[] writers) =>
        writers.Select(w => { var path = Path.Combine(outDir, w.FileName); w.Write(night, path); return path; }).ToList();

    private static List<string> Statements(IReconciliationStore store, string outDir, DateOnly asOf, Rules.Aging.AgingBuckets buckets, string? customer)
    {
        var latest = Night(store, asOf, orEarlier: true);
        var periodStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var statements = CustomerStatements.Build(latest, NightsBetween(store, periodStart, asOf).SelectMany(n => n.Matching.Applications), asOf, periodStart, buckets, customer);
        if (customer is not null && statements.Count == 0) throw new ConfigurationError($"--customer: {customer} has nothing open and paid nothing in the period");
        var folder = Path.Combine(outDir, "statements");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var statement in statements)
        {
            var name = $"{FileSafe(statement.CustomerId)}-{statement.Currency}";
            StatementHtml.Write(statement, Path.Combine(folder, name + ".html"));
            StatementXlsx.Write(statement, Path.Combine(folder, name + ".xlsx"));
            files.Add(Path.Combine(folder, name + ".html"));
            files.Add(Path.Combine(folder, name + ".xlsx"));
        }
        return files;
    }

    private static List<string> MonthEndFiles(IReconciliationStore store, string outDir, DateOnly month, Rules.Aging.AgingBuckets buckets)
    {
        var end = month.AddMonths(1).AddDays(-1);
        var atStart = StoredNights.Load(store, month.AddDays(-1), orEarlier: true);
        var atEnd = StoredNights.Load(store, end, orEarlier: true);
        var figures = MonthEndSummary.Build(month, NightsBetween(store, month, end), atStart, atEnd, store.DecisionsFor(end.AddDays(1)));
        var path = Path.Combine(outDir, $"month-end-{MonthEndReport.Month(month)}.csv");
        MonthEndReport.Write(path, figures, MonthEndSummary.Aging(atStart, month.AddDays(-1), buckets), MonthEndSummary.Aging(atEnd, end, buckets), buckets);
        return [path, Path.ChangeExtension(path, null) + "-aging.csv"];
    }

    private static List<NightResult> NightsBetween(IReconciliationStore store, DateOnly from, DateOnly to) =>
        store.Runs(int.MaxValue).Where(r => r.Status == RunStatus.Completed && r.AsOf >= from && r.AsOf <= to).Select(r => r.AsOf).Distinct().Order()
            .Select(d => StoredNights.Load(store, d)!).ToList();

    private static string FileSafe(string text) => string.Concat(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
