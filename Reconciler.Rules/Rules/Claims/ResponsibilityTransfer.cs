using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Claims;

/// <summary>
/// Moves what a payer left to someone else off the payer's claim when the claim posts: the PR amounts become the
/// patient's item <c>&lt;claim&gt;-PR</c> (one adjustment per reason, so deductible, coinsurance and co-pay stay apart),
/// or, when the claim has a secondary payer or was forwarded, the secondary payer's item <c>&lt;claim&gt;-SEC</c>. Each
/// move is a pair of adjustments of opposite sign (the claim gives, the new item takes), so receivables do not change.
/// </summary>
public static class ResponsibilityTransfer
{
    public const string PatientSuffix = "-PR";
    public const string SecondarySuffix = "-SEC";

    /// <summary>The claim side of every move, and the secondary payer's side of a forwarded claim.</summary>
    public const string PatientRule = "patient_responsibility";
    public const string SecondaryRule = "secondary_payer";

    /// <summary>A patient's balance falls due this many days after the night that moved it to them.</summary>
    public const int PatientDueDays = 30;

    /// <summary>The patient side's rule by CARC: PR-1 deductible, PR-2 coinsurance, PR-3 co-pay, other PR reasons as they are.</summary>
    public static string PatientSideRule(string reason) => reason switch
    {
        "1" => "patient_deductible",
        "2" => "patient_coinsurance",
        "3" => "patient_copay",
        _ => PatientRule,
    };

    /// <summary>The rules of the adjustments that move money between a claim and its patient or secondary item.</summary>
    public static readonly IReadOnlySet<string> Rules = new HashSet<string>(StringComparer.Ordinal)
    {
        PatientRule, SecondaryRule, "patient_deductible", "patient_coinsurance", "patient_copay",
    };

    /// <summary>The claim a patient or secondary item number belongs to (CLM-1-PR and CLM-1-SEC: CLM-1).</summary>
    public static string ClaimOf(string invoiceNumber) =>
        invoiceNumber.EndsWith(PatientSuffix, StringComparison.Ordinal) ? invoiceNumber[..^PatientSuffix.Length]
        : invoiceNumber.EndsWith(SecondarySuffix, StringComparison.Ordinal) ? invoiceNumber[..^SecondarySuffix.Length]
        : invoiceNumber;

    /// <summary>
    /// The moves for <paramref name="claim"/> posted to <paramref name="posted"/> (the payer's claim, or its -SEC item when
    /// the secondary payer pays), at most <paramref name="room"/> (what the item still owes once paid and written off).
    /// </summary>
    public static (IReadOnlyList<OpenItem> NewItems, IReadOnlyList<Adjustment> Adjustments, string? Story) Of(
        ClaimPayment claim, OpenItem posted, decimal room, MatchContext context)
    {
        var reasons = claim.Adjustments.Where(a => a.Group == "PR" && a.Amount > 0m)
            .GroupBy(a => a.Reason, StringComparer.Ordinal).Select(g => (Reason: g.Key, Amount: g.Sum(a => a.Amount))).ToList();
        if (reasons.Count == 0 || room <= 0m) return ([], [], null);

        var baseNumber = ClaimOf(posted.InvoiceNumber);
        var toSecondary = posted.CreatedFrom is null && (claim.IsForwarded || claim.CrossoverCarrier is not null || posted.SecondaryPayerId is not null);
        var number = baseNumber + (toSecondary ? SecondarySuffix : PatientSuffix);
        var moves = new List<(string Reason, decimal Amount)>();
        foreach (var (reason, amount) in reasons)
        {
            var move = Math.Min(amount, room);
            if (move <= 0m) break;
            room -= move;
            moves.Add((reason, move));
        }
        var target = context.Ledger.FindByKey(ReferenceKey.Normalize(number)) is { } known && known.InvoiceNumber == number ? known : null;
        // A patient item made from a secondary payer's item knows its patient from the original claim (billing's patient id).
        var origin = posted.CreatedFrom is { } from && context.Ledger.FindByKey(ReferenceKey.Normalize(from)) is { } o && o.InvoiceNumber == from ? o : posted;
        var created = target is null ? NewItem(claim, posted, origin, number, toSecondary, context.AsOf, moves.Sum(m => m.Amount)) : null;
        target ??= created!;

        var adjustments = new List<Adjustment>();
        var moved = new List<string>();
        foreach (var (reason, move) in moves)
        {
            var what = $"PR-{reason} {Money.Format(move)}";
            adjustments.Add(new Adjustment(posted, move, toSecondary ? SecondaryRule : PatientRule, $"{what} moved from claim {posted.InvoiceNumber} to {number}"));
            adjustments.Add(new Adjustment(target, -move, toSecondary ? SecondaryRule : PatientSideRule(reason), $"{what} ({Words(reason)}) from claim {posted.InvoiceNumber}"));
            moved.Add(what);
        }
        var story = $"{string.Join(", ", moved)} moved to {(toSecondary ? "the secondary payer" : "the patient")} as {number}";
        return (created is null ? [] : [created], adjustments, story);
    }

    /// <summary>
    /// The moves a status 22 reversal of <paramref name="claim"/> takes back: the reversal repeats the original PR amounts
    /// (negative), and they return from the item the posting moved them to (<c>-SEC</c> when the claim has one made from it,
    /// else <c>-PR</c>) to the payer's claim, each pair the mirror of the original. No more than that item still owes: what
    /// the patient (or the next payer) already paid on it stays paid, and counts towards the reopened claim.
    /// </summary>
    public static (IReadOnlyList<Adjustment> Adjustments, string? Story) Undo(ClaimPayment claim, OpenItem item, MatchContext context)
    {
        // A secondary payer's reversal undoes its posting of the -SEC item: its PR comes back from the -PR item made from it.
        var ofSecondary = item.CreatedFrom is not null;
        if (ofSecondary && !item.InvoiceNumber.EndsWith(SecondarySuffix, StringComparison.Ordinal)) return ([], null);
        var reasons = claim.Adjustments.Where(a => a.Group == "PR" && a.Amount != 0m)
            .GroupBy(a => a.Reason, StringComparer.Ordinal).Select(g => (Reason: g.Key, Amount: Math.Abs(g.Sum(a => a.Amount)))).ToList();
        if (reasons.Count == 0 && claim.PatientResponsibility != 0m) reasons.Add(("", Math.Abs(claim.PatientResponsibility)));
        if (reasons.Count == 0) return ([], null);
        var target = ofSecondary ? PatientItemOf(item, context) : MovedTo(item, SecondarySuffix, context) ?? MovedTo(item, PatientSuffix, context);
        if (target is null) return ([], null);
        var toSecondary = target.InvoiceNumber.EndsWith(SecondarySuffix, StringComparison.Ordinal);
        var room = context.Ledger.OpenAmount(target);
        var adjustments = new List<Adjustment>();
        var undone = new List<string>();
        foreach (var (reason, amount) in reasons)
        {
            var back = Math.Min(amount, room);
            if (back <= 0m) break;
            room -= back;
            var what = reason.Length == 0 ? $"patient responsibility {Money.Format(back)}" : $"PR-{reason} {Money.Format(back)}";
            // The item gives back (positive), the claim takes (negative): the journal moves it from the patient's receivable to the payer's.
            adjustments.Add(new Adjustment(target, back, toSecondary ? SecondaryRule : PatientSideRule(reason),
                $"reversal: {what} back from {target.InvoiceNumber} to {(ofSecondary ? "the secondary payer's" : "claim")} {item.InvoiceNumber}"));
            adjustments.Add(new Adjustment(item, -back, toSecondary ? SecondaryRule : PatientRule, $"reversal: {what} back from {target.InvoiceNumber}"));
            undone.Add(what);
        }
        return undone.Count == 0 ? ([], null) : (adjustments, $"{string.Join(", ", undone)} moved back from {target.InvoiceNumber}");
    }

    /// <summary>The patient's item a secondary payer's posting of <paramref name="secondary"/> made (its -PR, created from it), or null.</summary>
    private static OpenItem? PatientItemOf(OpenItem secondary, MatchContext context)
    {
        var number = ClaimOf(secondary.InvoiceNumber) + PatientSuffix;
        return context.Ledger.FindByKey(ReferenceKey.Normalize(number)) is { } found && found.InvoiceNumber == number
            && found.CreatedFrom == secondary.InvoiceNumber ? found : null;
    }

    private static OpenItem? MovedTo(OpenItem claim, string suffix, MatchContext context)
    {
        var number = claim.InvoiceNumber + suffix;
        return context.Ledger.FindByKey(ReferenceKey.Normalize(number)) is { } found && found.InvoiceNumber == number
            && (found.CreatedFrom is null || found.CreatedFrom == claim.InvoiceNumber) ? found : null;
    }

    private static OpenItem NewItem(ClaimPayment claim, OpenItem posted, OpenItem origin, string number, bool toSecondary, DateOnly asOf, decimal amount)
    {
        var issued = claim.ServiceDate ?? posted.IssueDate;
        if (toSecondary)
        {
            var payer = posted.SecondaryPayerId ?? claim.CrossoverCarrierId ?? claim.CrossoverCarrier ?? "SECONDARY";
            // The secondary payer's claim is due as the primary's was: aging counts from the same date.
            return new OpenItem(number, payer, claim.CrossoverCarrier ?? payer, issued, posted.DueDate, posted.Currency, amount, 0m)
            { Responsible = Responsibility.Payer, CreatedFrom = posted.InvoiceNumber, PatientId = posted.PatientId, Patient = posted.Patient ?? claim.Patient };
        }
        var patient = posted.PatientId ?? origin.PatientId ?? (claim.PatientMemberId is { Length: > 0 } member ? "PT-" + member : "PT-" + ClaimOf(posted.InvoiceNumber));
        // The customer name is what aging and explain show: never the patient's name, which only statements reveal.
        return new OpenItem(number, patient, $"Patient {patient}", issued, asOf.AddDays(PatientDueDays), posted.Currency, amount, 0m)
        { Responsible = Responsibility.Patient, CreatedFrom = posted.InvoiceNumber, PatientId = patient, Patient = posted.Patient ?? origin.Patient ?? claim.Patient };
    }

    /// <summary>What a PR reason is, in a patient's words.</summary>
    public static string Words(string reason) => reason switch
    {
        "1" => "deductible",
        "2" => "coinsurance",
        "3" => "co-pay",
        _ => "patient responsibility",
    };
}
