using System.Text.RegularExpressions;
using Reconciler.Tests.Books;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Medical;

/// <summary>
/// Sample night 4 (sample-data/clinic-inbox), read from its expected reports and statements (which the golden test holds to
/// what the product writes), checked against the 835s that produced them: the secondary payer pays the item night 3
/// moved to it, the primary's patient responsibility stays split by reason, the appealed denial is won and the new one
/// carries its codes, and each patient with a balance has a statement owing what aging says.
/// </summary>
public sealed partial class SampleClinicNightTests
{
    private const string Night3 = "2026-11-22";
    private const string Night4 = "2026-11-23";

    private static IReadOnlyList<Dictionary<string, string>> Rows(string night, string report) =>
        ReportFiles.Rows(Repository.Path("sample-data", "expected", night, report));

    private static decimal Sum(IEnumerable<Dictionary<string, string>> rows) => rows.Sum(r => BooksFiles.Amount(r["applied_amount"]));

    /// <summary>The CAS*PR amounts of an 835 in the sample, by reason, read here from the file's segments.</summary>
    private static Dictionary<string, decimal> PatientResponsibility(string inbox, string file)
    {
        var amounts = new Dictionary<string, decimal>();
        foreach (var segment in File.ReadAllText(Repository.Path("sample-data", inbox, file)).Split('~').Select(s => s.Trim().Split('*')))
        {
            if (segment is not ["CAS", "PR", ..]) continue;
            for (var i = 2; i + 1 < segment.Length; i += 3) amounts[segment[i]] = BooksFiles.Amount(segment[i + 1]);
        }
        return amounts;
    }

    [Test]
    public void TheSecondaryPayersPayment_ClosesTheItemNight3MovedToIt_AndItsPrGoesToThePatient()
    {
        var primaryPr = PatientResponsibility("returns-inbox", "uhc-era-20261121.835");
        var secondaryPr = PatientResponsibility("clinic-inbox", "mutual-omaha-era-20261122.835");
        var moved = Rows(Night3, "applications.csv").Where(a => a["invoice_number"] == "CLM-24030-SEC").ToList();
        var night4 = Rows(Night4, "applications.csv");

        Assert.That(-Sum(moved), Is.EqualTo(primaryPr.Values.Sum()), "night 3 moves the primary's PR to the secondary payer");
        Assert.That(moved.Select(a => a["customer_id"]).Distinct(), Is.EqualTo(new[] { "P-MUTUAL" }));
        Assert.That(Sum(night4.Where(a => a["invoice_number"] == "CLM-24030-SEC")), Is.EqualTo(primaryPr.Values.Sum()), "paid and moved on: owes nothing");
        Assert.That(night4.Where(a => a["invoice_number"] == "CLM-24030-PR").Select(a => (a["rule"], BooksFiles.Amount(a["applied_amount"]))),
            Is.EqualTo(new[] { ("patient_deductible", -secondaryPr["1"]) }));
        Assert.That(Rows(Night4, "aging.csv").Select(r => r["customer_id"]), Has.No.Member("P-MUTUAL"));
    }

    [Test]
    public void ThePrimarysPatientResponsibility_IsKeptApartAsDeductibleCoinsuranceAndCopay()
    {
        var pr = PatientResponsibility("clinic-inbox", "bcbs-era-20261122.835");
        var patient = Rows(Night4, "applications.csv").Where(a => a["invoice_number"] == "CLM-24022-PR")
            .ToDictionary(a => a["rule"], a => -BooksFiles.Amount(a["applied_amount"]));

        Assert.That(patient, Is.EquivalentTo(new Dictionary<string, decimal>
        {
            ["patient_deductible"] = pr["1"], ["patient_coinsurance"] = pr["2"], ["patient_copay"] = pr["3"],
        }));
    }

    [Test]
    public void TheAppealedDenialIsWon_AndTheNewDenialCarriesItsCarcAndRarc()
    {
        var before = Rows(Night3, "denials.csv").ToDictionary(r => r["claim_number"]);
        var after = Rows(Night4, "denials.csv").ToDictionary(r => r["claim_number"]);

        Assert.That(before["CLM-24018"]["status"], Is.EqualTo("appealed"));
        Assert.That(after["CLM-24018"]["status"], Is.EqualTo("won"));
        Assert.That(Rows(Night4, "applications.csv").Where(a => a["invoice_number"] == "CLM-24018" && a["rule"] == "claim_posting").Select(a => a["applied_amount"]),
            Is.EqualTo(new[] { "160.00" }));
        Assert.That((after["CLM-24040"]["status"], after["CLM-24040"]["carc"], after["CLM-24040"]["rarc"], after["CLM-24040"]["category"]),
            Is.EqualTo(("open", "197", "N54", "missing_authorisation")));
    }

    [Test]
    public void EachPatientWithABalance_HasAStatement_OwingWhatAgingSays()
    {
        var owed = Rows(Night4, "aging.csv").Where(r => r["responsible"] == "patient" && BooksFiles.Amount(r["total"]) > 0m)
            .ToDictionary(r => r["customer_id"], r => BooksFiles.Amount(r["total"]));
        var folder = Repository.Path("sample-data", "expected", Night4, "statements", "patients");
        var statements = Directory.GetFiles(folder, "*.html").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f)[..^"-USD".Length],
            f => BooksFiles.Amount(YouOwe().Match(File.ReadAllText(f)).Groups[1].Value));

        Assert.That(owed.Keys, Does.Contain("PT-1022").And.Contain("PT-1030"));
        Assert.That(statements, Is.EquivalentTo(owed));
        Assert.That(Directory.GetFiles(folder, "*.xlsx").Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(owed.Keys.Select(k => k + "-USD")));
    }

    [Test]
    public void PatientNames_FromBillingsExport_AppearInTheirStatementsOnly()
    {
        var names = File.ReadAllLines(Repository.Path("sample-data", "invoices-2026-11-22.csv")).Select(l => Regex.Match(l, "\"([^\"]+)\"$"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var reports = new[] { Night3, Night4 }.SelectMany(n => Directory.GetFiles(Repository.Path("sample-data", "expected", n)))
            .Where(f => Path.GetExtension(f) is ".csv" or ".json" or ".html").ToList();
        var statements = Directory.GetFiles(Repository.Path("sample-data", "expected", Night4, "statements", "patients"), "*.html").Select(File.ReadAllText).ToList();

        Assert.That(names, Has.Count.EqualTo(3));
        Assert.That(reports.Where(f => names.Any(n => File.ReadAllText(f).Contains(n, StringComparison.OrdinalIgnoreCase))).Select(Path.GetFileName), Is.Empty);
        Assert.That(statements.Count(s => s.Contains("Okafor, Grace", StringComparison.Ordinal) || s.Contains("Lindqvist, Erik", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [GeneratedRegex(@"you owe <strong>([0-9.]+)")]
    private static partial Regex YouOwe();
}
