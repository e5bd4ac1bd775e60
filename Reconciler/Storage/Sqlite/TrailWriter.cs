using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Writes a run's decision trail: each distinct phrase of the details once (trail_phrases), and each step with the numbers
/// of its phrases. A big night's details are the same few sentences ("stripe_payout: no unsettled stripe_payout batch in
/// USD dated around ...; era_835: ...") on millions of steps; stored whole they were most of the database and of the
/// commit's time. A "no match" entry's phrases are its rules' "rule: reason" texts, which <see cref="TrailEntry.Detail"/>
/// joins with "; ", so the phrases joined back with "; " are exactly the detail. A plain detail is kept whole: on its step
/// the first time (most are written once), then as one phrase (V007; see <see cref="TrailPhrases"/>).
/// </summary>
internal static class TrailWriter
{
    public const string Separator = "; ";

    /// <summary>
    /// The rows to write, worked out without the database (so on another core while the commit writes the first tables):
    /// the steps in key order, each step's phrase numbers or detail kept on it, and the phrases, numbered from 1 in the order
    /// of the list.
    /// </summary>
    /// <param name="Trail">The trail, as the matching kept it.</param>
    /// <param name="Order">The positions of its steps in key order.</param>
    /// <param name="Stored">For each position of <paramref name="Order"/>: the step's phrase numbers or its kept detail.</param>
    /// <param name="Phrases">The phrases, numbered from 1.</param>
    public sealed record Rows(TrailLog Trail, int[] Order, (string Numbers, string? Detail)[] Stored, IReadOnlyList<string> Phrases);

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
        var numbering = new TrailPhrases();
        var stored = new (string Numbers, string? Detail)[order.Length];
        for (var i = 0; i < order.Length; i++) stored[i] = numbering.Of(trail.DetailAt(order[i]), trail.RejectionsAt(order[i]));
        return new Rows(trail, order, stored, numbering.Phrases);
    }

    private static int Compare(TrailLog trail, int a, int b) =>
        string.CompareOrdinal(trail.SourceIdAt(a), trail.SourceIdAt(b)) is var bySource and not 0 ? bySource : trail.StepAt(a).CompareTo(trail.StepAt(b));

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string runId, Rows rows)
    {
        using (var phrases = new BatchedInsert(connection, transaction, "trail_phrases", ["run_id", "phrase_no", "phrase"]))
        {
            for (var i = 0; i < rows.Phrases.Count; i++) phrases.Text(runId).Int(i + 1).Text(rows.Phrases[i]).EndRow();
            phrases.Finish();
        }
        using var steps = new BatchedInsert(connection, transaction, "decision_trail", ["run_id", "source_id", "step", "rule", "outcome", "phrases", "detail"]);
        for (var i = 0; i < rows.Order.Length; i++)
        {
            var at = rows.Order[i];
            var (numbers, detail) = rows.Stored[i];
            steps.Text(runId).Text(rows.Trail.SourceIdAt(at)).Int(rows.Trail.StepAt(at)).Text(rows.Trail.RuleAt(at)).Text(rows.Trail.OutcomeAt(at))
                .Text(numbers).Text(detail).EndRow();
        }
        steps.Finish();
    }

    /// <summary>The detail of a step kept as phrases: its phrases, by number, joined back.</summary>
    public static string Detail(string phraseNumbers, Func<long, string> phrase) =>
        string.Join(Separator, phraseNumbers.Split(' ').Select(n => phrase(long.Parse(n, CultureInfo.InvariantCulture))));
}
