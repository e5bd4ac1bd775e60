using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Statements.Patients;

/// <summary>The lines of a visit in a patient's words, shared by the HTML and the workbook so both say the same.</summary>
public static class PatientStatementWords
{
    /// <summary>Each figure of a visit with what it means; patient amounts left out when they are zero.</summary>
    public static IReadOnlyList<(string Label, decimal Amount)> Figures(PatientStatementLine l)
    {
        var figures = new List<(string, decimal)>
        {
            ("Charges for your visit", l.Billed),
            ("Your insurance paid", -l.InsurancePaid),
            ("Insurance discount (the part of the charges your provider agreed not to bill)", -l.InsuranceAdjusted),
        };
        if (l.Deductible != 0m) figures.Add(("Your deductible (what you pay each year before your insurance starts to pay)", l.Deductible));
        if (l.Coinsurance != 0m) figures.Add(("Your coinsurance (your share of the cost after the deductible)", l.Coinsurance));
        if (l.Copay != 0m) figures.Add(("Your co-pay (the fixed amount your plan asks for this kind of visit)", l.Copay));
        if (l.OtherPatient != 0m) figures.Add(("Other amounts your insurance says are yours to pay", l.OtherPatient));
        if (l.PatientPaid != 0m) figures.Add(("You have already paid", -l.PatientPaid));
        figures.Add(("You owe for this visit", l.Due));
        return figures;
    }

    public static string Visit(PatientStatementLine l) => $"Visit on {Day(l.ServiceDate)} (claim {l.Claim})";

    public static string Amount(decimal amount, string currency) => $"{Money.Format(amount)} {currency}";

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
