using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Writes a run's decision trail: each distinct phrase of the details once (trail_phrases), and each step with the numbers
/// of its phrases. A big night's details are the same few sentences ("stripe_payout: no unsettled stripe_payout batch in
/// USD dated around ...; era_835: ...") on millions of steps; stored whole they were most of the database and of the
/// commit's time. A detail is split at "; " and joined back with "; ", which gives back exactly the same text whatever
/// it holds.
/// </summary>
internal static class TrailWriter
{
    public const string Separator = "; ";

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string runId, IReadOnlyList<TrailEntry> trail)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        // Looks phrases up by span, so a phrase already numbered allocates no string.
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = new StringBuilder();
        using var phrases = new BatchedInsert(connection, transaction, "trail_phrases", ["run_id", "phrase_no", "phrase"]);
        using var steps = new BatchedInsert(connection, transaction, "decision_trail", ["run_id", "source_id", "step", "rule", "outcome", "phrases"]);
        // In key order, so every row appends to the clustered table instead of landing on a random page.
        foreach (var t in trail.OrderBy(t => t.SourceId, StringComparer.Ordinal).ThenBy(t => t.Step))
        {
            list.Clear();
            var rest = t.Detail.AsSpan();
            while (true)
            {
                var end = rest.IndexOf(Separator, StringComparison.Ordinal);
                var phrase = end < 0 ? rest : rest[..end];
                if (!lookup.TryGetValue(phrase, out var number))
                {
                    number = numbers.Count + 1;
                    var text = phrase.ToString();
                    numbers[text] = number;
                    phrases.Add(runId, number, text);
                }
                list.Append(list.Length == 0 ? "" : " ").Append(number.ToString(CultureInfo.InvariantCulture));
                if (end < 0) break;
                rest = rest[(end + Separator.Length)..];
            }
            steps.Add(runId, t.SourceId, t.Step, t.Rule, t.Outcome, list.ToString());
        }
        phrases.Finish();
        steps.Finish();
    }

    /// <summary>The detail of a step: its phrases, by number, joined back.</summary>
    public static string Detail(string phraseNumbers, Func<long, string> phrase) =>
        string.Join(Separator, phraseNumbers.Split(' ').Select(n => phrase(long.Parse(n, CultureInfo.InvariantCulture))));
}
