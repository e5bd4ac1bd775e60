using Reconciler.Ingest;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Mt940;

/// <summary>Reads one corpus file with a time limit, and compares entries with an expected list (count, dates, signed amounts).</summary>
public static class CorpusRun
{
    public static ParsedFile ReadWithin(IFileReader reader, string path, TimeSpan limit)
    {
        var task = Task.Run(() => Parse.File(reader, path));
        Assert.That(task.Wait(limit), Is.True, $"{path} took longer than {limit}");
        return task.Result;
    }

    /// <summary>null when they agree, else the first difference in words.</summary>
    public static string? Compare(IReadOnlyList<BankTransaction> actual, IReadOnlyList<(DateOnly Value, DateOnly? Entry, decimal Amount)> expected)
    {
        if (actual.Count != expected.Count) return $"{actual.Count} entries read, {expected.Count} expected";
        for (var k = 0; k < actual.Count; k++)
        {
            var (value, entry, amount) = expected[k];
            var a = actual[k];
            if (a.ValueDate != value) return $"entry {k + 1}: value date {a.ValueDate} read, {value} expected";
            if (entry is { } e && a.BookingDate != e) return $"entry {k + 1}: entry date {a.BookingDate} read, {e} expected";
            if (a.Amount != amount) return $"entry {k + 1}: amount {a.Amount} read, {amount} expected";
        }
        return null;
    }
}
