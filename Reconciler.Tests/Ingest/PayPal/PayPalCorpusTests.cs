using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Ingest;
using Reconciler.Ingest.PayPal;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.PayPal;

/// <summary>
/// Conformance over ../shared/corpus/paypal: every CSV parses or fails with located problems, within a time
/// limit; where beancount-paypal's golden output sits beside an input, its transactions (uuid = Transaction ID,
/// the Assets:PayPal posting = signed gross, Expenses:Commission = fee) are compared with ours.
/// </summary>
public sealed partial class PayPalCorpusTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Test]
    public void EveryCorpusFile_ParsesOrFailsLocated()
    {
        var folder = Corpus.Folder("paypal");
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories);
        Assert.That(files, Is.Not.Empty);
        foreach (var path in files)
        {
            var parsed = ReadWithLimit(path);
            TestContext.Out.WriteLine($"{Path.GetRelativePath(folder, path)}: {parsed.RecordCount} items in {parsed.Batches.Count} batches, {parsed.Problems.Count} problems");
            foreach (var problem in parsed.Problems) TestContext.Out.WriteLine("  " + problem);
            Assert.That(parsed.Batches.Count > 0 || parsed.HasErrors, Is.True, path);
            Assert.That(parsed.Problems.Select(p => p.Location), Has.All.Not.Empty, path);
        }
    }

    [Test]
    public void BeancountPaypal_GoldenTransactions_Agree()
    {
        var folder = Corpus.Folder("paypal/beancount-paypal/tests");
        var compared = 0;
        var agreed = 0;
        foreach (var input in Directory.GetFiles(Path.Combine(folder, "testdata"), "input.csv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(folder, "testdata"), Path.GetDirectoryName(input)!);
            var golden = Path.Combine(folder, "golden", relative, "output.beancount");
            if (!File.Exists(golden)) continue;
            var items = ReadWithLimit(input).Batches.SelectMany(b => b.Items).ToDictionary(i => i.Id);
            foreach (var (uuid, gross, fee) in Golden(File.ReadAllText(golden)))
            {
                compared++;
                var ok = items.TryGetValue(uuid, out var item) && item.Gross == gross && item.Fee == fee;
                if (ok) agreed++;
                else TestContext.Out.WriteLine($"{relative}: {uuid} expected gross {gross} fee {fee}, got {(item is null ? "nothing" : $"{item.Gross} / {item.Fee}")}");
            }
            TestContext.Out.WriteLine($"{relative}: {items.Count} items read, {compared} golden transactions");
        }
        var rate = compared == 0 ? 0 : (double)agreed / compared;
        TestContext.Out.WriteLine($"beancount-paypal agreement: {agreed}/{compared} = {rate:P0}");
        Assert.That(compared, Is.GreaterThan(0));
        Assert.That(rate, Is.EqualTo(1.0));
    }

    private static ParsedFile ReadWithLimit(string path)
    {
        var task = Task.Run(() => Parse.File(new PayPalReader(), path));
        Assert.That(task.Wait(Limit), Is.True, $"{path} took longer than {Limit}");
        return task.Result;
    }

    /// <summary>Each golden transaction: uuid, the Assets:PayPal amount and the Expenses:Commission amount (0 when absent).</summary>
    private static IEnumerable<(string Uuid, decimal Gross, decimal Fee)> Golden(string text)
    {
        foreach (var entry in text.Split("\n\n").Where(e => e.Contains("uuid:", StringComparison.Ordinal)))
        {
            var uuid = Uuid().Match(entry).Groups[1].Value;
            var gross = Posting("Assets:PayPal", entry);
            var fee = Posting("Expenses:Commission", entry);
            yield return (uuid, gross ?? 0m, fee ?? 0m);
        }
    }

    private static decimal? Posting(string account, string entry)
    {
        var line = entry.Split('\n').FirstOrDefault(l => l.Trim().StartsWith(account, StringComparison.Ordinal));
        if (line is null) return null;
        var amount = line.Trim()[account.Length..].Trim().Split(' ')[0];
        return decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("uuid: \"([^\"]+)\"")]
    private static partial Regex Uuid();
}
