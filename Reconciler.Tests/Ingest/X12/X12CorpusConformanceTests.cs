using System.Globalization;
using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>
/// Every corpus file parses or fails with located problems, within a time limit. For each 835 transaction
/// the payment balance (BPR02 = sum CLP04 - sum PLB) is recomputed here from the raw segments with a tiny
/// splitter of its own, and the reader must agree: same amount, same claim count, same balance verdict.
/// </summary>
public sealed class X12CorpusConformanceTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(20);

    [TestCase("linuxforhealth-x12")]
    [TestCase("moov-x12")]
    [TestCase("pyx12")]
    public void EveryFile_ParsesOrFailsLocated_AndAgreesWithAnIndependentBalance(string source)
    {
        var folder = Corpus.Folder(Path.Combine("x12-835", source));
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("_LICENSE", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        int transactions = 0, agreeing = 0;
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(folder, path);
            var task = Task.Run(() => Parse.File(new X12835Reader(), path));
            Assert.That(task.Wait(PerFile), Is.True, $"{name}: no result within {PerFile.TotalSeconds} s");
            var parsed = task.Result;
            Assert.That(parsed.Problems.Select(p => p.Location), Is.All.Not.Empty, name);

            var expected = Independent.Read(File.ReadAllText(path));
            if (expected.Count == 0)
            {
                Assert.That(parsed.Problems.Any(p => p.Severity == ProblemSeverity.Error && p.Message.Contains("not an 835", StringComparison.Ordinal)), Is.True,
                    $"{name}: not an 835, must say so");
                TestContext.Out.WriteLine($"{source}/{name}: not an 835 (refused: {parsed.Problems.First(p => p.Severity == ProblemSeverity.Error)})");
                continue;
            }

            var flagged = parsed.Problems.Where(p => p.Field == "BPR02" && p.Message.Contains("does not balance", StringComparison.Ordinal))
                .Select(p => p.Location).ToHashSet();
            for (var i = 0; i < expected.Count; i++)
            {
                transactions++;
                var want = expected[i];
                var batch = i < parsed.Batches.Count ? parsed.Batches[i] : null;
                var agrees = batch is not null && batch.Amount == want.Amount
                    && batch.Items.Count(it => it.Kind == "claim") == want.Claims
                    && flagged.Contains($"segment {want.BprSegment} (BPR)") != want.Balances;
                if (agrees) agreeing++;
                TestContext.Out.WriteLine($"{source}/{name} ST#{i + 1}: BPR {want.Amount} vs sum CLP04 - sum PLB {want.Computed}: "
                    + (want.Balances ? "balances" : "does NOT balance") + (agrees ? "" : "  <-- reader disagrees"));
            }
        }

        var rate = transactions == 0 ? 1.0 : (double)agreeing / transactions;
        TestContext.Out.WriteLine($"{source}: {files.Count} files, {transactions} 835 transactions, agreement {rate:P0}");
        Assert.That(rate, Is.EqualTo(1.0));
    }

    /// <summary>A separate, deliberately naive reading: split on the ISA's terminator and separator, sum the money.</summary>
    private static class Independent
    {
        public sealed record Transaction(int BprSegment, decimal Amount, decimal Computed, int Claims)
        {
            public bool Balances => Amount == Computed;
        }

        public static List<Transaction> Read(string text)
        {
            text = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
            var result = new List<Transaction>();
            var element = text[3];
            var separators = 0;
            var at = 0;
            while (separators < 16) { at = text.IndexOf(element, at + 1); separators++; }
            var terminator = text[at + 2];
            var number = 0;
            int bprSegment = 0, claims = 0;
            decimal amount = 0, clp = 0, plb = 0;
            var in835 = false;
            foreach (var raw in text.Split(terminator))
            {
                var segment = raw.Trim();
                if (segment.Length == 0) continue;
                number++;
                var e = segment.Split(element);
                string E(int i) => i < e.Length ? e[i] : "";
                switch (e[0])
                {
                    case "ST": in835 = E(1) == "835"; bprSegment = claims = 0; amount = clp = plb = 0; break;
                    case "BPR" when in835:
                        bprSegment = number;
                        amount = decimal.Parse(E(2), CultureInfo.InvariantCulture) * (E(3) == "D" ? -1 : 1);
                        break;
                    case "CLP" when in835: claims++; clp += decimal.Parse(E(4), CultureInfo.InvariantCulture); break;
                    case "PLB" when in835:
                        for (var i = 4; i <= 14; i += 2) if (E(i).Length > 0) plb += decimal.Parse(E(i), CultureInfo.InvariantCulture);
                        break;
                    case "SE" when in835: result.Add(new Transaction(bprSegment, amount, clp - plb, claims)); in835 = false; break;
                }
            }
            return result;
        }
    }
}
