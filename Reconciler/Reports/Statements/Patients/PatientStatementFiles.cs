using Reconciler.Configuration;
using Reconciler.Runs;

namespace Reconciler.Reports.Statements.Patients;

/// <summary>
/// <c>report statements --patients</c>: statements/patients/&lt;patient id&gt;-&lt;currency&gt;.html and .xlsx, one per patient
/// with a balance. Files are named by the patient's id, never by the name.
/// </summary>
public static class PatientStatementFiles
{
    public static List<string> Write(NightResult latest, IReadOnlyList<NightResult> nights, string outDir, DateOnly asOf, string? patient, string? howToPay)
    {
        // The latest night up to the as-of date is the one the balances are read from, even when it is before the first of the list's month.
        var all = nights.Any(n => n.AsOf == latest.AsOf) ? nights : [.. nights, latest];
        return Write(PatientStatements.Build(all, asOf, patient, howToPay), outDir, patient);
    }

    /// <summary>The statements of <paramref name="latest"/> (the latest night up to the as-of date), their history read from the store.</summary>
    public static List<string> Write(NightResult latest, Storage.IReconciliationStore store, string outDir, DateOnly asOf, string? patient, string? howToPay) =>
        Write(PatientStatements.FromStore(store, latest, asOf, patient, howToPay), outDir, patient);

    private static List<string> Write(IReadOnlyList<PatientStatement> statements, string outDir, string? patient)
    {
        if (patient is not null && statements.Count == 0) throw new ConfigurationError($"--customer: patient {patient} owes nothing");
        var folder = Path.Combine(outDir, "statements", "patients");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var statement in statements)
        {
            var name = Path.Combine(folder, $"{FileSafe(statement.PatientId)}-{statement.Currency}");
            PatientStatementHtml.Write(statement, name + ".html");
            PatientStatementXlsx.Write(statement, name + ".xlsx");
            files.Add(name + ".html");
            files.Add(name + ".xlsx");
        }
        return files;
    }

    private static string FileSafe(string text) => string.Concat(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
