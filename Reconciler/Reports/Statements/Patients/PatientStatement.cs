namespace Reconciler.Reports.Statements.Patients;

/// <summary>
/// One visit (claim) on a patient's statement: what was billed, what insurance paid and took off, what is left to the
/// patient and why (deductible, coinsurance, co-pay, other), what the patient paid already and still owes.
/// </summary>
public sealed record PatientStatementLine(
    string Claim, DateOnly ServiceDate, decimal Billed, decimal InsurancePaid, decimal InsuranceAdjusted,
    decimal Deductible, decimal Coinsurance, decimal Copay, decimal OtherPatient, decimal PatientPaid, decimal Due);

/// <summary>What one patient owes in one currency as of a date. <see cref="PatientName"/> is protected: statements only.</summary>
public sealed record PatientStatement(
    string PatientId, string PatientName, string Currency, DateOnly AsOf, DateOnly PayBy, IReadOnlyList<PatientStatementLine> Lines)
{
    public decimal AmountDue => Lines.Sum(l => l.Due);

    /// <summary>How to pay, in words (the default, or <c>Reconciler:Statements:HowToPay</c>).</summary>
    public string HowToPay { get; init; } = DefaultHowToPay;

    public const string DefaultHowToPay =
        "Please pay by check or bank transfer, writing your patient number and the claim number on the payment, or call our billing office to pay by card. " +
        "If you think your insurance should have paid more, call us before you pay.";
}
