using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>Reports computed from the store after the two sample nights, for past dates too.</summary>
public sealed class ReportCommandTests
{
    private TempFolder _folder = null!;
    private string _config = null!;

    [OneTimeSetUp]
    public void TwoSampleNights()
    {
        _folder = new TempFolder();
        _config = ConsoleProcess.PrivateConfig(_folder);
        foreach (var (inbox, asOf) in new[] { ("inbox", "2026-11-20"), ("troubled-inbox", "2026-11-21") })
        {
            ConsoleProcess.Run(_folder.Path, "run", "--config", _config, "--inbox", Repository.Path("sample-data", inbox),
                "--invoices", Repository.Path("sample-data", "invoices.csv"), "--as-of", asOf, "--out", _folder.File(asOf), "--db", _folder.File("r.db"));
        }
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private ConsoleProcess.Result Report(params string[] args) =>
        ConsoleProcess.Run(_folder.Path, ["report", .. args, "--config", _config, "--db", _folder.File("r.db")]);

    [Test]
    public void AgingForAPastNight_IsWhatThatNightWrote()
    {
        var result = Report("aging", "--as-of", "2026-11-20", "--out", _folder.File("aging-past"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadAllLines(_folder.File("aging-past/aging.csv")), Is.EqualTo(File.ReadAllLines(_folder.File("2026-11-20/aging.csv"))));
        Assert.That(File.Exists(_folder.File("aging-past/aging.xlsx")), Is.True);
    }

    [Test]
    public void AgingBetweenNights_AgesTheLatestBalancesOnTheAskedDate()
    {
        var result = Report("aging", "--as-of", "2026-12-31", "--out", _folder.File("aging-later"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var wayne = ReportFiles.Rows(_folder.File("aging-later/aging.csv")).Single(r => r["customer_id"] == "C-WAYNE");
        Assert.That(wayne["as_of"], Is.EqualTo("2026-12-31"));
        Assert.That(wayne["d31_60"], Is.EqualTo("3000.00"), "INV-1010 and INV-1011 fell due 2026-11-14 and 2026-11-28");
    }

    [Test]
    public void DepositsAndExceptionsOfANight_AreWrittenAgainIdentically()
    {
        var result = Report("exceptions", "--as-of", "2026-11-21", "--out", _folder.File("again"));
        Report("deposits", "--as-of", "2026-11-21", "--out", _folder.File("again"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadAllText(_folder.File("again/exceptions.csv")), Is.EqualTo(File.ReadAllText(_folder.File("2026-11-21/exceptions.csv"))));
        Assert.That(File.ReadAllText(_folder.File("again/deposits.csv")), Is.EqualTo(File.ReadAllText(_folder.File("2026-11-21/deposits.csv"))));
    }

    [Test]
    public void Statements_OneHtmlAndOneWorkbookPerCustomer_WithTheAmountDue()
    {
        var result = Report("statements", "--as-of", "2026-11-21", "--customer", "P-AETNA", "--out", _folder.File("statements"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var html = File.ReadAllText(_folder.File("statements/statements/P-AETNA-USD.html"));
        // CLM-24017's PR-2 20.00 went to the patient (CLM-24017-PR): the payer owes only the denied CLM-24018 (CLM-24017 is among the payments).
        Assert.That(html, Does.Contain("Amount due").And.Contain("185.00 USD").And.Contain("CLM-24018"));
        Assert.That(File.Exists(_folder.File("statements/statements/P-AETNA-USD.xlsx")), Is.True);
    }

    [Test]
    public void MonthEnd_SummarisesCashAppliedWrittenOffAndDenials()
    {
        var result = Report("month-end", "--month", "2026-11", "--out", _folder.File("month"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var figures = ReportFiles.Rows(_folder.File("month/month-end-2026-11.csv")).ToDictionary(r => (r["metric"], r["currency"]), r => r["value"]);
        Assert.That(figures[("contractual_adjustments", "USD")], Is.EqualTo("234.00"));
        Assert.That(figures[("denials_open_count", "")], Is.EqualTo("1"));
        Assert.That(figures.Keys, Does.Contain(("days_sales_outstanding", "USD")));
    }

    [Test]
    public void UnknownReport_IsBadUsage()
    {
        Assert.That(Report("balance-sheet").ExitCode, Is.EqualTo(2));
    }
}
