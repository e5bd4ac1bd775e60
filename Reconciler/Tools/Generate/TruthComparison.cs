using System.Globalization;
using System.Security.Cryptography;
using Reconciler.Ingest;
using Reconciler.Ingest.Csv;

namespace Reconciler.Tools.Generate;

/// <summary>How a run's results compare with the planted truth.</summary>
public sealed record TruthScore
{
    /// <summary>Cash applications (bank line, payment item, claim payment; adjustments excluded) the run made.</summary>
    public int Applications { get; init; }

    /// <summary>Of those, the ones joined to a truth row.</summary>
    public int JoinedApplications { get; init; }

    /// <summary>Joined applications that went to an invoice the truth row expects.</summary>
    public int CorrectApplications { get; init; }

    /// <summary>Truth rows that expect an application.</summary>
    public int Matchable { get; init; }

    /// <summary>Matchable rows whose every expected invoice received an application from that payment.</summary>
    public int Recalled { get; init; }

    /// <summary>Matchable rows whose file the run could read (its rows could be joined at all).</summary>
    public int MatchableReadable { get; init; }

    /// <summary>Truth rows joined to the engine's ids (their file was read).</summary>
    public int JoinedTruthRows { get; init; }

    public int TruthRows { get; init; }

    /// <summary>Correct / joined applications (1 when there are none).</summary>
    public double Precision => JoinedApplications == 0 ? 1d : (double)CorrectApplications / JoinedApplications;

    /// <summary>Recalled / all matchable rows, unreadable files included.</summary>
    public double Recall => Matchable == 0 ? 1d : (double)Recalled / Matchable;

    /// <summary>Recalled / matchable rows in files the run read.</summary>
    public double RecallReadable => MatchableReadable == 0 ? 1d : (double)Recalled / MatchableReadable;

    /// <summary>Reversal applications (rule <c>reversal</c>: negative, reopening an open item) the run made.</summary>
    public int ReversalApplications { get; init; }

    /// <summary>Of those, the ones joined to a truth row.</summary>
    public int JoinedReversals { get; init; }

    /// <summary>Joined reversal applications whose truth row expects a reversal of that invoice.</summary>
    public int CorrectReversals { get; init; }

    /// <summary>Truth rows that expect a reversal (expected_rule <c>reversal</c>).</summary>
    public int ReversalsPlanted { get; init; }

    /// <summary>Of those, the rows whose reversal applications reopened every expected invoice by the expected amount in all.</summary>
    public int ReversalsRecalled { get; init; }

    /// <summary>Correct / joined reversal applications (1 when there are none).</summary>
    public double ReversalPrecision => JoinedReversals == 0 ? 1d : (double)CorrectReversals / JoinedReversals;

    /// <summary>Recalled / planted reversals (1 when none was planted).</summary>
    public double ReversalRecall => ReversalsPlanted == 0 ? 1d : (double)ReversalsRecalled / ReversalsPlanted;

    /// <summary>Per category: rows planted with it, exceptions the run raised with it tonight (first seen on the night's date), planted rows that got it.</summary>
    public IReadOnlyDictionary<string, (int Expected, int Actual, int Hit)> Categories { get; init; } = new Dictionary<string, (int, int, int)>();

    /// <summary>Inbox files the evaluator could not read (their truth rows cannot be joined).</summary>
    public IReadOnlyList<string> UnreadFiles { get; init; } = [];

    public string Describe()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"precision {Precision:0.0000} ({CorrectApplications}/{JoinedApplications} joined applications; {Applications} in all)"),
            string.Create(CultureInfo.InvariantCulture, $"recall {Recall:0.0000} ({Recalled}/{Matchable}); on readable files {RecallReadable:0.0000} ({Recalled}/{MatchableReadable})"),
            string.Create(CultureInfo.InvariantCulture, $"reversals: precision {ReversalPrecision:0.0000} ({CorrectReversals}/{JoinedReversals} joined; {ReversalApplications} in all), recall {ReversalRecall:0.0000} ({ReversalsRecalled}/{ReversalsPlanted})"),
            string.Create(CultureInfo.InvariantCulture, $"truth rows joined {JoinedTruthRows}/{TruthRows}; unread files: {(UnreadFiles.Count == 0 ? "none" : string.Join(", ", UnreadFiles))}"),
        };
        foreach (var (category, c) in Categories.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {category,-26} expected {c.Expected,6}  raised {c.Actual,6}  on the planted payment {c.Hit,6}"));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// Scores a run against truth.csv from the run's CSV reports. The engine names money by store ids, not by the
/// keys in truth.csv: a bank line is <c>&lt;hash10&gt;-&lt;n&gt;</c> (the file's SHA-256 prefix, the n-th
/// transaction of the file) and a payment item <c>&lt;hash10&gt;-B&lt;b&gt;-&lt;i&gt;</c> (the i-th item of the
/// b-th batch). So the inbox files are read again with the same readers: each transaction's id, bank
/// reference and customer reference, and each item's id, are joined to <c>source_ref</c> within the file.
/// exceptions.csv has no file column; the hash prefix in its source_id names the file. Truth rows of files
/// the readers reject (quarantined by the run too) cannot be joined: they count as not recalled and are
/// listed in <see cref="TruthScore.UnreadFiles"/>. Reversals (rule <c>reversal</c>) are scored on their own against the
/// rows whose <c>expected_rule</c> is <c>reversal</c> (a series' truth.csv): they count in neither the cash precision nor
/// its recall.
/// </summary>
public static class TruthComparison
{
    public const string ReversalRule = "reversal";

    private sealed record TruthRow(string File, string Ref, IReadOnlyList<string> Invoices, string Category, string Rule, decimal? Amount);

    public static TruthScore Compare(string truthCsv, string applicationsCsv, string exceptionsCsv, string inbox, FormatRegistry? formats = null)
    {
        var truth = ReadCsv(truthCsv).Select(r => new TruthRow(r["source_file"], r["source_ref"],
            r["expected_invoices"].Split(' ', StringSplitOptions.RemoveEmptyEntries), r["expected_category"], r.GetValueOrDefault("expected_rule") ?? "",
            r.GetValueOrDefault("expected_amount") is { Length: > 0 } amount ? decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture) : null)).ToList();

        // Engine id -> truth row, via the natural keys the readers expose.
        var byEngineId = new Dictionary<string, TruthRow>(StringComparer.Ordinal);
        var unread = new List<string>();
        var readable = new HashSet<string>(StringComparer.Ordinal);
        var wanted = truth.GroupBy(t => t.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToDictionary(t => t.Ref, StringComparer.Ordinal), StringComparer.Ordinal);
        formats ??= FormatRegistry.Default();
        foreach (var path in Directory.EnumerateFiles(inbox).Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var parsed = formats.Read(path);
            if (parsed.HasErrors) { unread.Add(name); continue; }
            readable.Add(name);
            if (!wanted.TryGetValue(name, out var refs)) continue;
            var prefix = HashPrefix(path);
            var ordinal = 0;
            foreach (var t in parsed.Statements.SelectMany(s => s.Transactions))
            {
                ordinal++;
                var row = new[] { t.Id, t.BankReference, t.CustomerReference }.OfType<string>().Select(k => refs.GetValueOrDefault(k)).FirstOrDefault(r => r is not null);
                if (row is not null) byEngineId[$"{prefix}-{ordinal.ToString("D6", CultureInfo.InvariantCulture)}"] = row;
            }
            for (var b = 0; b < parsed.Batches.Count; b++)
            {
                var items = parsed.Batches[b].Items;
                for (var i = 0; i < items.Count; i++)
                {
                    if (refs.TryGetValue(items[i].Id, out var row))
                        byEngineId[$"{prefix}-B{(b + 1).ToString("D5", CultureInfo.InvariantCulture)}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}"] = row;
                }
            }
        }

        var all = ReadCsv(applicationsCsv).Where(a => a["source_kind"] != "adjustment").ToList();
        var applications = all.Where(a => a["rule"] != ReversalRule).ToList();
        var reversals = Reversals(truth, all.Where(a => a["rule"] == ReversalRule).ToList(), byEngineId);
        var applied = new Dictionary<TruthRow, HashSet<string>>();
        var appliedAmount = new Dictionary<TruthRow, decimal>();
        int joined = 0, correct = 0;
        foreach (var a in applications)
        {
            if (!byEngineId.TryGetValue(a["source_id"], out var row)) continue;
            joined++;
            if (row.Invoices.Contains(a["invoice_number"], StringComparer.Ordinal))
            {
                correct++;
                appliedAmount[row] = appliedAmount.GetValueOrDefault(row) + decimal.Parse(a["applied_amount"], NumberStyles.Number, CultureInfo.InvariantCulture);
            }
            if (!applied.TryGetValue(row, out var set)) applied[row] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(a["invoice_number"]);
        }

        var matchable = truth.Where(t => t.Invoices.Count > 0 && t.Rule != ReversalRule).ToList();
        // A row with an expected amount and no special rule (a payer's claim reversal) is recalled only when it applied that amount.
        var recalled = matchable.Count(t => applied.TryGetValue(t, out var set) && t.Invoices.All(set.Contains)
            && (t.Rule.Length > 0 || t.Amount is not { } amount || appliedAmount.GetValueOrDefault(t) == amount));

        var exceptions = ReadCsv(exceptionsCsv);
        // Raised means raised tonight: a later night of a series also lists the exceptions earlier nights left open.
        var tonight = exceptions.Select(e => e.GetValueOrDefault("first_seen") ?? "").DefaultIfEmpty("").Max(StringComparer.Ordinal);
        var raisedOn = new HashSet<(TruthRow, string)>();
        var actual = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in exceptions)
        {
            if ((e.GetValueOrDefault("first_seen") ?? "") == tonight) actual[e["category"]] = actual.GetValueOrDefault(e["category"]) + 1;
            if (byEngineId.TryGetValue(e["source_id"], out var row)) raisedOn.Add((row, e["category"]));
        }
        var categories = truth.Where(t => t.Category.Length > 0).Select(t => t.Category).Concat(actual.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => (
                Expected: truth.Count(t => t.Category == c),
                Actual: actual.GetValueOrDefault(c),
                Hit: truth.Count(t => t.Category == c && raisedOn.Contains((t, c)))), StringComparer.Ordinal);

        var joinedRows = byEngineId.Values.Distinct().Count();
        return reversals with
        {
            Applications = applications.Count,
            JoinedApplications = joined,
            CorrectApplications = correct,
            Matchable = matchable.Count,
            Recalled = recalled,
            MatchableReadable = matchable.Count(t => readable.Contains(t.File)),
            JoinedTruthRows = joinedRows,
            TruthRows = truth.Count,
            Categories = categories,
            UnreadFiles = unread,
        };
    }

    /// <summary>The reversal figures: applications of rule reversal joined to their truth rows, and planted rows fully reopened.</summary>
    private static TruthScore Reversals(List<TruthRow> truth, List<Dictionary<string, string>> reversals, Dictionary<string, TruthRow> byEngineId)
    {
        int joined = 0, correct = 0;
        var reopened = new Dictionary<TruthRow, Dictionary<string, decimal>>();
        foreach (var a in reversals)
        {
            if (!byEngineId.TryGetValue(a["source_id"], out var row)) continue;
            joined++;
            if (row.Rule == ReversalRule && row.Invoices.Contains(a["invoice_number"], StringComparer.Ordinal)) correct++;
            if (!reopened.TryGetValue(row, out var byInvoice)) reopened[row] = byInvoice = new Dictionary<string, decimal>(StringComparer.Ordinal);
            byInvoice[a["invoice_number"]] = byInvoice.GetValueOrDefault(a["invoice_number"]) + decimal.Parse(a["applied_amount"], NumberStyles.Number, CultureInfo.InvariantCulture);
        }
        var planted = truth.Where(t => t.Rule == ReversalRule).ToList();
        var recalled = planted.Count(t => reopened.TryGetValue(t, out var byInvoice) && t.Invoices.All(byInvoice.ContainsKey)
            && (t.Amount is not { } amount || byInvoice.Values.Sum() == amount));
        return new TruthScore
        {
            ReversalApplications = reversals.Count, JoinedReversals = joined, CorrectReversals = correct, ReversalsPlanted = planted.Count, ReversalsRecalled = recalled,
        };
    }

    private static string HashPrefix(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    }

    /// <summary>A report CSV as rows of column name to value.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var rows = DelimitedText.ReadRows(File.ReadAllText(path), ',');
        if (rows.Count == 0) return [];
        var header = rows[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        return rows.Skip(1).Where(r => r.Fields.Length > 1)
            .Select(r => header.Select((h, i) => (h, v: r.Field(i))).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal)).ToList();
    }
}
