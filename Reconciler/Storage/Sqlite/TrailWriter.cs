using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Writes a run's decision trail: each distinct phrase of the details once (trail_phrases), and each step with the numbers
/// of its phrases. A big night's details are the same few sentences ("stripe_payout: no unsettled stripe_payout batch in
/// USD dated around ...; era_835: ...") on millions of steps; stored whole they were most of the database and of the
/// commit's time. A "no match" entry's phrases are its rules' "rule: reason" texts, which <see cref="TrailEntry.Detail"/>
/// joins with "; ", so the phrases joined back with "; " are exactly the detail; the trail numbered them as the match met
/// them (<see cref="TrailLog"/>). A plain detail is kept whole: on its step the first time (most are written once), then
/// as one phrase (V007; see <see cref="TrailPhrases"/>).
/// </summary>
internal static class TrailWriter
{
    public const string Separator = "; ";

    /// <summary>The trail and the positions of its steps in key order, worked out without the database (on another core).</summary>
    public sealed record Rows(TrailLog Trail, int[] Order);

    public static Rows Prepare(IReadOnlyList<TrailEntry> entries)
    {
        var trail = entries as TrailLog ?? TrailLog.From(entries);
        // In key order, so every row appends to the clustered table instead of landing on a random page. The positions
        // are sorted, not entries: the trail keeps its steps as compact rows and makes an entry only when one is read.
        var order = new int[trail.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        for (var i = 1; i < order.Length; i++)
        {
            if (Compare(trail, i - 1, i) <= 0) continue;
            Array.Sort(order, (a, b) => Compare(trail, a, b));
            break;
        }
        return new Rows(trail, order);
    }

    private static int Compare(TrailLog trail, int a, int b) =>
        string.CompareOrdinal(trail.SourceIdAt(a), trail.SourceIdAt(b)) is var bySource and not 0 ? bySource : trail.StepAt(a).CompareTo(trail.StepAt(b));

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string runId, Rows rows)
    {
        var trail = rows.Trail;
        using var phrases = new BatchedInsert(connection, transaction, "trail_phrases", ["run_id", "phrase_no", "phrase"]);
        for (var i = 0; i < trail.Phrases.Count; i++) phrases.Text(runId).Int(i + 1).Text(trail.Phrases[i]).EndRow();
        var numbering = new TrailPhrases(trail);
        using var steps = new BatchedInsert(connection, transaction, "decision_trail", ["run_id", "source_id", "step", "rule", "outcome", "phrases", "detail"]);
        foreach (var at in rows.Order)
        {
            var (numbers, detail) = numbering.Of(at, out var newPhrase);
            // A plain detail met the second time is a phrase from now on: stored once, as the numbers it is given.
            if (newPhrase is { } phrase) phrases.Text(runId).Int(phrase.Number).Text(phrase.Text).EndRow();
            steps.Text(runId).Text(trail.SourceIdAt(at)).Int(trail.StepAt(at)).Text(trail.RuleAt(at)).Text(trail.OutcomeAt(at))
                .Text(numbers).Text(detail).EndRow();
        }
        phrases.Finish();
        steps.Finish();
    }

    /// <summary>The detail of a step kept as phrases: its phrases, by number, joined back.</summary>
    public static string Detail(string phraseNumbers, Func<long, string> phrase) =>
        string.Join(Separator, phraseNumbers.Split(' ').Select(n => phrase(long.Parse(n, CultureInfo.InvariantCulture))));
}
