using System.Text.RegularExpressions;
using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;

namespace Reconciler.Reports.Denials;

/// <summary>
/// The night's denied claims (its <c>claim_denied</c> exceptions), each with what its 835 said when the night still holds
/// the claim (service date, charge, CARC and RARC codes), its appeal deadline and category; fewest days left first.
/// </summary>
public static partial class DenialRows
{
    public static readonly string[] Header =
    [
        "claim_number", "payer_id", "service_date", "charge", "denied_on", "carc", "rarc", "status", "appeal_by", "days_left", "exception_id",
        "category", "correctable", "carc_description", "rarc_description",
    ];

    public static IReadOnlyList<DenialRow> For(NightResult night, DenialsSettings settings)
    {
        var items = new Dictionary<string, Storage.OutstandingItem>(StringComparer.Ordinal);
        foreach (var item in night.Items) items.TryAdd(item.ItemKey, item);
        var rows = new List<DenialRow>();
        foreach (var (d, firstSeen) in night.Exceptions)
        {
            if (d.Category != DiscrepancyCategory.ClaimDenied) continue;
            items.TryGetValue(d.SourceId, out var source);
            var claim = source?.Item.Claim;
            var carc = claim is not null
                ? claim.Adjustments.Where(a => a.Group != "PR" || claim.Paid == 0m).Select(a => a.Reason).Distinct().ToList()
                : ReasonsIn(d.Description);
            var rarc = claim?.AllRemarks.ToList() ?? [];
            // The denial date is the remittance's date when the night still holds it, else the day the denial was first seen.
            var deniedOn = source?.Date ?? firstSeen;
            var appealBy = deniedOn.AddDays(settings.DeadlineFor(d.CustomerId));
            var (category, correctable) = DenialCategory.Of(carc, rarc, settings.Carc, settings.Rarc);
            rows.Add(new DenialRow(
                d.InvoiceNumber ?? source?.Item.InvoiceReference ?? d.SourceId, d.CustomerId, claim?.ServiceDate, claim?.Charge ?? d.ExpectedAmount,
                deniedOn, carc, rarc, Appeals.StatusOf(d.Description), appealBy, appealBy.DayNumber - night.AsOf.DayNumber, d.Id, category, correctable,
                string.Join("; ", carc.Select(settings.Carc.Describe)), string.Join("; ", rarc.Select(settings.Rarc.Describe)), d.Currency) { Recovered = Appeals.Recovered(d.Description), WrittenOff = Appeals.WrittenOffAmount(d.Description) });
        }
        return rows.OrderBy(r => r.DaysLeft).ThenBy(r => r.ClaimNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>The CARC codes of a denial's description ("CARC CO-50 185.00, PR-96 ..."), when the claim itself is gone.</summary>
    private static List<string> ReasonsIn(string description) =>
        Reasons().Matches(description).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"\b(?:CO|PR|OA|PI|CR)-([A-Z0-9]{1,5})\b")]
    private static partial Regex Reasons();
}
