using Reconciler.Rules.Model;

namespace Reconciler.Rules.Aging;

/// <summary>Who an aging row's balance is owed by: the customer, or the payer of 835 claims, or the patient (what the payers of a claim left to them).</summary>
public static class Responsibility
{
    public const string Customer = "customer";
    public const string Payer = "payer";
    public const string Patient = "patient";

    /// <summary>
    /// The claims among the open items: numbered as claims (CLM-...) or paid tonight by an 835 claim payment, so a
    /// payer's row reads as the payer's even when its claims carry other numbers.
    /// </summary>
    public static ISet<string> Claims(IEnumerable<OpenItem> items, IEnumerable<Application> applications)
    {
        var claims = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.InvoiceNumber.StartsWith("CLM", StringComparison.OrdinalIgnoreCase)) claims.Add(item.InvoiceNumber);
        }
        foreach (var application in applications)
        {
            if (application.SourceKind == SourceKind.ClaimPayment) claims.Add(application.InvoiceNumber);
        }
        return claims;
    }
}
