using Reconciler.Rules.Aging;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Runs;

namespace Reconciler.Reports.Statements.Patients;

/// <summary>
/// Patient statements from the stored nights up to the as-of date: one per patient (and currency) with a balance. Each
/// of the patient's open <c>-PR</c> items is one line, with its claim's figures gathered over every night: the charge
/// (the claim's amount), insurance payments and contractual adjustments (of the claim and its secondary item), the
/// deductible, coinsurance and co-pay moved to the patient, and the patient's own payments.
/// </summary>
public static class PatientStatements
{
    public static IReadOnlyList<PatientStatement> Build(IReadOnlyList<NightResult> nights, DateOnly asOf, string? patient, string? howToPay = null)
    {
        var latest = nights.LastOrDefault();
        if (latest is null) return [];
        // The newest row of every item any night held: a claim paid in full may have left the export since.
        var items = new Dictionary<string, OpenItem>(StringComparer.Ordinal);
        foreach (var night in nights) foreach (var item in night.OpenItems) items[item.InvoiceNumber] = item;
        return Build(latest, items, nights.SelectMany(n => n.Matching.Applications).ToLookup(a => a.InvoiceNumber, StringComparer.Ordinal), asOf, patient, howToPay);
    }

    /// <summary>
    /// The same statements read from the store without loading every night: the latest night's patient items, then only
    /// the applications and item rows of those items and their claims (the claim and its secondary item).
    /// </summary>
    public static IReadOnlyList<PatientStatement> FromStore(Storage.IReconciliationStore store, NightResult latest, DateOnly asOf, string? patient, string? howToPay = null)
    {
        var owing = Owing(latest, patient).SelectMany(g => g).ToList();
        var claims = owing.Select(i => ResponsibilityTransfer.ClaimOf(i.InvoiceNumber)).Distinct(StringComparer.Ordinal).ToList();
        var wanted = owing.Select(i => i.InvoiceNumber).Concat(claims).Concat(claims.Select(c => c + ResponsibilityTransfer.SecondarySuffix)).ToList();
        var items = store.NewestOpenItems(claims, latest.AsOf).ToDictionary(i => i.InvoiceNumber, StringComparer.Ordinal);
        var applications = store.ApplicationsTo(wanted, latest.AsOf).ToLookup(a => a.InvoiceNumber, StringComparer.Ordinal);
        return Build(latest, items, applications, asOf, patient, howToPay);
    }

    private static IEnumerable<IGrouping<(string CustomerId, string Currency), OpenItem>> Owing(NightResult latest, string? patient)
    {
        var open = latest.OpenAfter();
        return latest.OpenItems
            .Where(i => i.Responsible == Responsibility.Patient && open.GetValueOrDefault(i.InvoiceNumber) != 0m && (patient is null || i.CustomerId == patient))
            .GroupBy(i => (i.CustomerId, i.Currency)).OrderBy(g => g.Key.CustomerId, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal);
    }

    private static IReadOnlyList<PatientStatement> Build(NightResult latest, Dictionary<string, OpenItem> items, ILookup<string, Application> applications,
        DateOnly asOf, string? patient, string? howToPay)
    {
        var open = latest.OpenAfter();
        var owing = Owing(latest, patient);
        var statements = new List<PatientStatement>();
        foreach (var group in owing)
        {
            var lines = group.OrderBy(i => i.IssueDate).ThenBy(i => i.InvoiceNumber, StringComparer.Ordinal)
                .Select(i => Line(i, open[i.InvoiceNumber], items, applications)).ToList();
            var name = group.Select(i => i.Patient).FirstOrDefault(p => p is not null)?.Reveal() ?? $"Patient {group.Key.CustomerId}";
            var payBy = group.Max(i => i.DueDate);
            statements.Add(new PatientStatement(group.Key.CustomerId, name, group.Key.Currency, asOf, payBy < asOf ? asOf : payBy, lines)
            { HowToPay = string.IsNullOrWhiteSpace(howToPay) ? PatientStatement.DefaultHowToPay : howToPay });
        }
        return statements;
    }

    private static PatientStatementLine Line(OpenItem patientItem, decimal due, Dictionary<string, OpenItem> items, ILookup<string, Application> applications)
    {
        var claim = ResponsibilityTransfer.ClaimOf(patientItem.InvoiceNumber);
        var insurance = new[] { claim, claim + ResponsibilityTransfer.SecondarySuffix }.SelectMany(n => applications[n]).ToList();
        decimal Moved(string rule) => -applications[patientItem.InvoiceNumber].Where(a => a.SourceKind == SourceKind.Adjustment && a.Rule == rule).Sum(a => a.AppliedAmount);
        return new PatientStatementLine(
            claim,
            patientItem.IssueDate,
            items.TryGetValue(claim, out var billed) ? billed.Amount : patientItem.Amount,
            insurance.Where(a => a.SourceKind == SourceKind.ClaimPayment).Sum(a => a.AppliedAmount),
            insurance.Where(a => a.SourceKind == SourceKind.Adjustment && !ResponsibilityTransfer.Rules.Contains(a.Rule)).Sum(a => a.AppliedAmount),
            Moved("patient_deductible"), Moved("patient_coinsurance"), Moved("patient_copay"), Moved(ResponsibilityTransfer.PatientRule),
            applications[patientItem.InvoiceNumber].Where(a => a.SourceKind != SourceKind.Adjustment).Sum(a => a.AppliedAmount),
            due);
    }
}
