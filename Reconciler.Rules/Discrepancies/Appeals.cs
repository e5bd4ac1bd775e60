using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Discrepancies;

/// <summary>
/// A denial's life on the worklist. A denied claim a reviewer appealed stays open as <c>appealed</c> (an Appeal decision
/// does not close it). A later 835 that pays the claim makes the appeal <c>won</c> (with the money recovered), reported
/// that night and resolved the next. One that denies it again makes it <c>lost</c> (the new denial is the appeal's answer,
/// not a new exception), and a lost appeal stays on the worklist, as it does in a billing office, until a reviewer appeals
/// it again (the next level) or writes it off. A denial never appealed whose claim a later 835 pays (corrected and
/// resubmitted) is resolved that night. A Write off decision on a denial (open or lost) writes the claim's balance
/// off (the decision phase) and shows the denial <c>written_off</c>, with the amount, that night; it is resolved the next.
/// The status is written at the front of the exception's description, so it is stored with the night and every report
/// (denials.csv, month-end) reads it from there.
/// </summary>
public static partial class Appeals
{
    public const string Open = "open", Appealed = "appealed", Won = "won", Lost = "lost", WrittenOff = "written_off";

    /// <param name="previous">The previous night's open exceptions: a denial written off tonight is closed by its decision,
    /// and comes back from here for its last night on the worklist.</param>
    public static IReadOnlyList<CarryForward.Merged> Mark(IReadOnlyList<CarryForward.Merged> exceptions, IReadOnlyList<ReviewDecision> decisions,
        MatchingResult matching, IReadOnlyList<CarryForward.Carried>? previous = null)
    {
        var appeals = Last(decisions, ReviewAction.Appeal);
        var writeOffs = Last(decisions, ReviewAction.WriteOff);
        // Only denials carried from earlier nights change here (and those written off tonight, which come from the previous list).
        if (writeOffs.Count == 0 && !exceptions.Any(e => e.FirstSeen is not null && e.Discrepancy.Category == DiscrepancyCategory.ClaimDenied)) return exceptions;
        // Tonight's 835 answers, per claim: money posted by a claim payment, and new denials.
        var paid = matching.Applications.Where(a => a.SourceKind == SourceKind.ClaimPayment && a.AppliedAmount > 0m)
            .GroupBy(a => a.InvoiceNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.AppliedAmount), StringComparer.Ordinal);
        var deniedTonight = exceptions.Where(e => e.FirstSeen is null && e.Discrepancy.Category == DiscrepancyCategory.ClaimDenied && e.Discrepancy.InvoiceNumber is not null)
            .ToLookup(e => e.Discrepancy.InvoiceNumber!, StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var marked = new List<CarryForward.Merged>(exceptions.Count);
        foreach (var m in exceptions)
        {
            var d = m.Discrepancy;
            if (d.Category != DiscrepancyCategory.ClaimDenied || m.FirstSeen is null) { marked.Add(m); continue; }
            var status = StatusOf(d.Description);
            if (status is Won or WrittenOff) continue; // reported on the night it happened; resolved since
            appeals.TryGetValue(d.Id, out var appeal);
            // Decisions are kept from night to night: a lost appeal is appealed again only by a decision it has not seen.
            if (status == Lost && appeal is not null && d.Description.Contains(appeal.Reference, StringComparison.Ordinal)) appeal = null;
            if (appeal is null && status == Open)
            {
                // Corrected and resubmitted, then paid: the denial is over, nothing is left to work.
                if (d.InvoiceNumber is { } corrected && paid.ContainsKey(corrected)) continue;
                marked.Add(m);
                continue;
            }
            var text = Unmarked(d.Description);
            var claim = d.InvoiceNumber;
            string marker;
            if (claim is not null && paid.TryGetValue(claim, out var recovered))
                marker = $"[appeal won: recovered {Money.Format(recovered)}]";
            else if (claim is not null && deniedTonight[claim].Any())
            {
                marker = status == Lost && appeal is null ? Marker(d.Description)!
                    : $"[appeal lost: denied again after the appeal of {appeal?.Reference ?? AppealReference(d.Description)}]";
                answered.Add(claim);
            }
            else marker = appeal is null ? Marker(d.Description)! : $"[appealed: {appeal.Note ?? "no note"} ({appeal.Reference})]";
            marked.Add(m with { Discrepancy = d with { Description = $"{marker} {text}" } });
        }
        // The payer's second denial of an appealed claim answers the appeal: it is the lost appeal's row, not a new one.
        var result = marked.Where(m => !(m.FirstSeen is null && m.Discrepancy.Category == DiscrepancyCategory.ClaimDenied
            && m.Discrepancy.InvoiceNumber is { } claim && answered.Contains(claim))).ToList();
        result.AddRange(WrittenOffTonight(previous ?? [], writeOffs, matching));
        return result;
    }

    /// <summary>
    /// Denials a reviewer wrote off tonight: their decision closed them, so they come from the previous night's list, marked
    /// with the balance the decision phase wrote off (a claim that owed nothing more is written off at 0.00).
    /// </summary>
    private static IEnumerable<CarryForward.Merged> WrittenOffTonight(IReadOnlyList<CarryForward.Carried> previous,
        IReadOnlyDictionary<string, ReviewDecision> writeOffs, MatchingResult matching)
    {
        if (writeOffs.Count == 0) yield break;
        foreach (var (d, firstSeen) in previous)
        {
            if (d.Category != DiscrepancyCategory.ClaimDenied || !writeOffs.TryGetValue(d.Id, out var decision)) continue;
            if (StatusOf(d.Description) is WrittenOff or Won) continue;
            var amount = matching.Applications.Where(a => a.Rule == "write_off" && a.SourceKind == SourceKind.Adjustment
                && a.SourceId == decision.SourceId && a.InvoiceNumber == d.InvoiceNumber).Sum(a => a.AppliedAmount);
            yield return new CarryForward.Merged(d with { Description = $"[written off: {Money.Format(amount)} ({decision.Reference})] {Unmarked(d.Description)}" }, firstSeen);
        }
    }

    private static Dictionary<string, ReviewDecision> Last(IReadOnlyList<ReviewDecision> decisions, ReviewAction kind) =>
        decisions.Where(d => d.Kind == kind).GroupBy(d => d.ExceptionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The appeal's reference its appealed marker kept (when the decision itself is not at hand).</summary>
    private static string AppealReference(string description) =>
        AppealedReference().Match(Marker(description) ?? "") is { Success: true } m ? m.Groups[1].Value : "no recorded decision";

    /// <summary>open, appealed, won, lost or written_off, from the front of a claim_denied exception's description.</summary>
    public static string StatusOf(string description) => Marker(description) switch
    {
        null => Open,
        var m when m.StartsWith("[appeal won", StringComparison.Ordinal) => Won,
        var m when m.StartsWith("[appeal lost", StringComparison.Ordinal) => Lost,
        var m when m.StartsWith("[written off", StringComparison.Ordinal) => WrittenOff,
        _ => Appealed,
    };

    /// <summary>The money a won appeal recovered (0 otherwise).</summary>
    public static decimal Recovered(string description) =>
        Marker(description) is { } m && RecoveredAmount().Match(m) is { Success: true } found ? Parse(found.Groups[1].Value) : 0m;

    /// <summary>The claim balance a written-off denial wrote off (0 otherwise).</summary>
    public static decimal WrittenOffAmount(string description) =>
        Marker(description) is { } m && WrittenOffText().Match(m) is { Success: true } found ? Parse(found.Groups[1].Value) : 0m;

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string? Marker(string description) => MarkerText().Match(description) is { Success: true } m ? m.Value.TrimEnd() : null;

    private static string Unmarked(string description) => MarkerText().Replace(description, "", 1);

    [GeneratedRegex(@"^\[(?:appeal(?:ed:| won:| lost:)|written off:)[^\]]*\]\s*")]
    private static partial Regex MarkerText();

    [GeneratedRegex(@"recovered (-?[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex RecoveredAmount();

    [GeneratedRegex(@"^\[written off: (-?[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex WrittenOffText();

    [GeneratedRegex(@"^\[appealed: .*\(([^()]*)\)\]")]
    private static partial Regex AppealedReference();
}
