using Reconciler.Rules.Matching;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public sealed class TrailWriterTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public void EveryStepsDetail_ReadsBackWordForWord_AndEachPhraseIsStoredOnce()
    {
        // Payments the rules turn down for the same reasons (shared "no match" lists), one a rule applies, and plain details
        // with "; " inside, an empty one and a repeated one.
        var cash = Enumerable.Range(1, 30).Select(i => Some.Payment(10m + i, i % 3 == 0 ? "INV-1" : "NOTHING KNOWN", id: $"B-{i:D2}")).ToArray();
        var matched = Night.Engine.Run(new MatchingInput { AsOf = Some.Night, OpenItems = [Some.Invoice("INV-1", 13m)], Cash = cash });
        TrailEntry[] plain =
        [
            new("X-1", 1, "manual", "noted", "first; second; first"),
            new("X-1", 2, "manual", "noted", ""),
            new("X-2", 1, "manual", "noted", "second"),
            new("X-3", 1, "manual", "noted", "second"),
        ];
        var trail = matched.Trail.Concat(plain).Reverse().ToList();
        Assert.That(trail.Count(t => t.Rejections is { Count: > 1 }), Is.GreaterThan(1), "the night has several-rule rejections");

        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("t.db"));
        store.Migrate();
        store.StartRun("R1", Some.Night, "console", "h", At);
        store.CompleteRun(new CompletedRun
        {
            RunId = "R1", AsOf = Some.Night, FinishedAt = At, OpenItems = [], Matching = matched with { Trail = trail }, Exceptions = [], CountsJson = "{}",
        });

        var phrases = Read(store, "SELECT phrase_no, phrase FROM trail_phrases WHERE run_id = 'R1' ORDER BY phrase_no");
        Assert.That(phrases.Select(p => p[0]), Is.EqualTo(Enumerable.Range(1, phrases.Count).Select(n => n.ToString())), "numbered 1, 2, ...");
        Assert.That(phrases.Select(p => p[1]), Is.Unique);
        var text = phrases.ToDictionary(p => long.Parse(p[0]!), p => p[1]!);
        var steps = Read(store, "SELECT source_id, step, rule, outcome, phrases, detail FROM decision_trail WHERE run_id = 'R1' ORDER BY source_id, step");
        var stored = steps.Select(r => $"{r[0]} #{r[1]} {r[2]} → {r[3]}: {(r[5] is { } kept ? kept : TrailWriter.Detail(r[4]!, n => text[n]))}");
        var expected = trail.OrderBy(t => t.SourceId, StringComparer.Ordinal).ThenBy(t => t.Step).Select(t => t.ToString());
        Assert.That(stored, Is.EqualTo(expected));
        // A plain detail is kept on its step the first time, and is one numbered phrase from its second time on.
        Assert.That(steps.Count(r => r[5] == "second"), Is.EqualTo(1));
        Assert.That(phrases.Count(p => p[1] == "second"), Is.EqualTo(1));
        Assert.That(steps.Where(r => r[0] == "X-1").Select(r => r[5]), Is.EqualTo(new[] { "first; second; first", "" }));
    }

    private static List<string?[]> Read(SqliteStore store, string sql)
    {
        using var command = store.Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i))).ToArray());
        return rows;
    }
}
