using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Discrepancies;

/// <summary>
/// A denied claim a reviewer appealed stays open as <c>appealed</c> (an Appeal decision does not close it). A later 835
/// that pays the claim makes the appeal <c>won</c> (with the money recovered), one that denies it again <c>lost</c> (the
/// new denial is the appeal's answer, not a new exception); either is reported that night and resolved the next. The
/// status is written at the front of the exception's description, so it is stored with the night and every report
/// (denials.csv, month-end) reads it from there.
/// </summary>
public static partial class Appeals
{
    public const string Open = "open", Appealed = "appealed", Won = "won", Lost = "lost";

    public static IReadOnlyList<CarryForward.Merged> Mark(IReadOnlyList<CarryForward.Merged> exceptions, IReadOnlyList<ReviewDecision> decisions, MatchingResult matching)
    {
        var appeals = decisions.Where(d => d.Kind == ReviewAction.Appeal).GroupBy(d => d.ExceptionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        if (appeals.Count == 0 && !exceptions.Any(e => StatusOf(e.Discrepancy.Description) != Open)) return exceptions;
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
            if (status is Won or Lost) continue; // reported on the night the payer answered; resolved since
            if (!appeals.TryGetValue(d.Id, out var appeal) && status != Appealed) { marked.Add(m); continue; }
            var text = Unmarked(d.Description);
            var claim = d.InvoiceNumber;
            string marker;
            if (claim is not null && paid.TryGetValue(claim, out var recovered))
                marker = $"[appeal won: recovered {Money.Format(recovered)}]";
            else if (claim is not null && deniedTonight[claim].Any())
            {
                marker = "[appeal lost: denied again]";
                answered.Add(claim);
            }
            else marker = appeal is null ? Marker(d.Description)! : $"[appealed: {appeal.Note ?? "no note"} ({appeal.Reference})]";
            marked.Add(m with { Discrepancy = d with { Description = $"{marker} {text}" } });
        }
        // The payer's second denial of an appealed claim answers the appeal: it is the lost appeal's row, not a new one.
        return marked.Where(m => !(m.FirstSeen is null && m.Discrepancy.Category == DiscrepancyCategory.ClaimDenied
            && m.Discrepancy.InvoiceNumber is { } claim && answered.Contains(claim))).ToList();
    }

    /// <summary>open, appealed, won or lost, from the front of a claim_denied exception's description.</summary>
    public static string StatusOf(string description) => Marker(description) switch
    {
        null => Open,
        var m when m.StartsWith("[appeal won", StringComparison.Ordinal) => Won,
        var m when m.StartsWith("[appeal lost", StringComparison.Ordinal) => Lost,
        _ => Appealed,
    };

    /// <summary>The money a won appeal recovered (0 otherwise).</summary>
    public static decimal Recovered(string description) =>
        Marker(description) is { } m && RecoveredAmount().Match(m) is { Success: true } found
            ? decimal.Parse(found.Groups[1].Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0m;

    private static string? Marker(string description) => MarkerText().Match(description) is { Success: true } m ? m.Value.TrimEnd() : null;

    private static string Unmarked(string description) => MarkerText().Replace(description, "", 1);

    [GeneratedRegex(@"^\[appeal(?:ed:| won:| lost:)[^\]]*\]\s*")]
    private static partial Regex MarkerText();

    [GeneratedRegex(@"recovered (-?[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex RecoveredAmount();
}
