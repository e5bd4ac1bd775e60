using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Claims;

/// <summary>
/// Finds a claim's secondary payer's item (<c>&lt;claim&gt;-SEC</c>, made from the claim when its primary posting moved the
/// rest on) for the secondary payer's 835, which names the claim by the claim's own number (CLP01).
/// </summary>
internal static class SecondaryItems
{
    /// <summary>The -SEC item made from <paramref name="claim"/>, or null.</summary>
    public static OpenItem? Of(OpenItem claim, MatchContext context)
    {
        if (claim.CreatedFrom is not null) return null;
        var number = claim.InvoiceNumber + ResponsibilityTransfer.SecondarySuffix;
        return context.Ledger.FindByKey(ReferenceKey.Normalize(number)) is { } found && found.InvoiceNumber == number
            && (found.CreatedFrom is null || found.CreatedFrom == claim.InvoiceNumber) ? found : null;
    }

    /// <summary>
    /// The -SEC item of a claim the night does not know any more (billing closed it and the night it left the export has
    /// passed), which the store still carries because the secondary payer owes it; or null.
    /// </summary>
    public static OpenItem? Carried(string claimNumber, MatchContext context)
    {
        var number = claimNumber + ResponsibilityTransfer.SecondarySuffix;
        return context.Ledger.FindByKey(ReferenceKey.Normalize(number)) is { CreatedFrom: not null } found && found.InvoiceNumber == number ? found : null;
    }

    /// <summary>
    /// The -SEC item a status 22 reversal of <paramref name="item"/> undoes, when the secondary payer sent it; null when it is
    /// the primary payer's. <paramref name="item"/> is the claim, or its carried -SEC item when the night no longer knows the
    /// claim. Both payers send the claim's number and status 22, so: nothing paid to the -SEC item means the primary;
    /// nothing paid to the claim means the secondary; when both were paid, the remittance's payer (N1*PR) if it names only
    /// one of them, else what the reversal repeats: the secondary's payment (and not the primary's), or OA-23 (what the
    /// prior payer paid), which only a secondary payer's claim carries.
    /// </summary>
    public static OpenItem? Reversed(CashCandidate cash, ClaimPayment claim, OpenItem item, MatchContext context)
    {
        var carried = item.CreatedFrom is not null;
        if (carried && !item.InvoiceNumber.EndsWith(ResponsibilityTransfer.SecondarySuffix, StringComparison.Ordinal)) return null;
        if ((carried ? item : Of(item, context)) is not { } secondary) return null;
        var secondaryPaid = context.PaymentsTo(secondary.InvoiceNumber).Sum(p => p.Amount);
        if (secondaryPaid <= 0m) return null;
        var claimNumber = ResponsibilityTransfer.ClaimOf(secondary.InvoiceNumber);
        var primaryPaid = context.PaymentsTo(claimNumber).Sum(p => p.Amount);
        if (primaryPaid <= 0m) return secondary;

        var named = context.CustomersOf(cash).Customers;
        var namesSecondary = named.Contains(secondary.CustomerId, StringComparer.Ordinal);
        var namesPrimary = !carried && named.Contains(item.CustomerId, StringComparer.Ordinal);
        if (namesSecondary != namesPrimary) return namesSecondary ? secondary : null;
        var undone = -claim.Paid;
        if (undone == secondaryPaid && undone != primaryPaid) return secondary;
        if (undone == primaryPaid && undone != secondaryPaid) return null;
        return claim.Adjustments.Any(a => a.Group == "OA" && a.Reason == "23") ? secondary : null;
    }
}
