using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Cli;

/// <summary>Tells what the store knows of an id (<see cref="Explanation"/>) as <c>explain</c> prints it: a title, then sections of lines.</summary>
public static class ExplainStory
{
    public static IEnumerable<string> Lines(Explanation explanation)
    {
        var (title, sections) = Story(explanation);
        yield return title;
        foreach (var (heading, lines) in sections)
        {
            yield return "";
            yield return $"{heading}:";
            if (lines.Count == 0) yield return "  (none)";
            foreach (var line in lines) yield return $"  {line}";
        }
    }

    private static (string Title, List<(string Heading, IReadOnlyList<string> Lines)> Sections) Story(Explanation e)
    {
        if (e.Exception is { } x)
        {
            var line = $"{x.Category} about {x.SourceKind} {x.SourceId}{Opt(" invoice ", x.InvoiceNumber)}; first seen {Day(x.FirstSeen)}, " +
                $"last on {Day(x.LastNight)}: {x.Description}. Suggested: {x.SuggestedAction}{Opt(". Candidates: ", x.CandidatesJson)}";
            return ($"Exception {e.Id}", [("Exception", [line]), .. e.Source is { } source ? Story(source).Sections : []]);
        }
        if (e.IsSource)
        {
            var line = e.BankLines.Count > 0;
            List<string> facts = [.. e.BankLines.Select(BankLine), .. e.PaymentItems.Select(Item)];
            return (line ? $"Bank line {e.Id}" : $"Payment item {e.Id}", [
                (line ? "Bank line" : "Payment item", facts),
                ("Decisions, night by night (every rule that looked at it)",
                    [.. e.Trail.Select(t => $"night {Day(t.Night)} step {t.Step}: {t.Rule} → {t.Outcome}: {t.Detail}")]),
                ("Applications", Applications(e)),
                ("Settlements", [.. e.Settlements.Select(s =>
                    $"night {Day(s.Night)}: {s.BatchKind} {s.BatchId}: bank {Money.Format(s.BankAmount)} vs batch {Money.Format(s.BatchAmount)} ({s.Status}){Opt(": ", s.Explanation)}")]),
                ("Exceptions", Exceptions(e)),
            ]);
        }
        return ($"Invoice {e.Id}", [
            ("Open balance by night", [.. e.InvoiceNights.Select(n =>
                $"night {Day(n.Night)}: {n.CustomerName} ({n.CustomerId}), due {Day(n.DueDate)}, amount {Money.Format(n.Amount)}, open at start {Money.Format(n.OpenAtStart)} {n.Currency}")]),
            ("Applications", Applications(e)),
            ("Exceptions", Exceptions(e)),
        ]);
    }

    private static string BankLine(BankLineFacts t) =>
        $"{Day(t.BookingDate)} {Money.Format(t.Amount)} {t.Currency} ({t.Status}) at {Opt("", t.Location)}: {Opt("", t.Counterparty)} {Opt("", t.Remittance)} {Opt("ref ", t.CustomerReference)} {Opt("bank ref ", t.BankReference)}".Trim();

    private static string Item(PaymentItemFacts i) =>
        $"{i.Kind} {i.ItemId} (key {i.ItemKey}) in {i.BatchKind} {i.BatchId} from {i.FileName}: gross {Money.Format(i.Gross)}, fee {Money.Format(i.Fee)}{Opt(", invoice ", i.InvoiceReference)}";

    private static List<string> Applications(Explanation e) => [.. e.Applications.Select(a =>
        $"night {Day(a.Night)}: {Money.Format(a.Applied)} {a.Currency} from {a.SourceKind} {a.SourceId} to {a.InvoiceNumber} by {a.Rule} (confidence {a.Confidence}): {a.Explanation}")];

    private static List<string> Exceptions(Explanation e) => [.. e.Exceptions.Select(x => $"night {Day(x.Night)}: {x.ExceptionId} {x.Category}: {x.Description}")];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Opt(string prefix, string? value) => value is null ? "" : prefix + value;
}
