using System.Globalization;
using System.Text.Json;
using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

/// <summary>
/// The genkgo/camt test files: every file parses or fails with located problems (never a crash or a hang), and
/// where an expected JSON sits beside the file, the entries agree in count, booking date and signed amount
/// (the JSON holds amounts in minor units and dates shifted to UTC; every date in these files is the same day either way).
/// </summary>
public sealed class CamtConformanceTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(10);

    [Test]
    public void GenkgoCamt_EveryFileParsesOrFailsLocated_AndAgreesWithItsExpectedEntries()
    {
        var folder = Corpus.Folder("camt/genkgo-camt/test/data");
        var registry = new FormatRegistry(CamtMessage.All.Select(m => (IFileReader)new CamtReader(m)).ToList());
        int compared = 0, agreed = 0;
        foreach (var path in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var task = Task.Run(() => registry.Read(path));
            Assert.That(task.Wait(PerFile), Is.True, $"{name} did not finish within {PerFile.TotalSeconds} s");
            var parsed = task.Result;
            Assert.That(parsed.Problems.All(p => p.Location.Length > 0 && p.Message.Length > 0), Is.True, name);

            if (name.Contains(".wrong", StringComparison.Ordinal))
            {
                Assert.That(parsed.HasErrors, Is.True, $"{name} must be rejected");
                TestContext.Out.WriteLine($"  {name}: rejected as expected: {parsed.Problems.First(p => p.Severity == ProblemSeverity.Error)}");
                continue;
            }
            Assert.That(parsed.HasErrors, Is.False, $"{name}: {string.Join("; ", parsed.Problems)}");
            var expectedPath = Path.ChangeExtension(path, ".json");
            if (!File.Exists(expectedPath)) continue;
            compared++;
            var difference = Compare(parsed, expectedPath);
            if (difference is null) agreed++;
            TestContext.Out.WriteLine($"  {name}: {parsed.Format}, {parsed.RecordCount} entries, {difference ?? "agrees"}");
        }
        var rate = compared == 0 ? 0 : (double)agreed / compared;
        TestContext.Out.WriteLine($"genkgo-camt: {agreed}/{compared} files agree ({rate:P1})");
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.95));
    }

    /// <summary>Null when the entries agree; otherwise what differs.</summary>
    private static string? Compare(ParsedFile parsed, string expectedPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var expected = json.RootElement.GetProperty("getEntries").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var actual = parsed.Statements.SelectMany(s => s.Transactions).ToList();
        if (expected.Count != actual.Count) return $"count differs: expected {expected.Count}, read {actual.Count}";
        for (var i = 0; i < expected.Count; i++)
        {
            var money = expected[i].GetProperty("getAmount");
            var currency = money.GetProperty("getCurrency").GetProperty("getCode").GetString()!;
            var minor = decimal.Parse(money.GetProperty("getAmount").GetString()!, CultureInfo.InvariantCulture);
            var amount = minor / Pow10(CurrencyInfo.MinorUnits(currency));
            if (actual[i].Amount != amount || actual[i].Currency != currency)
            {
                return $"entry {i + 1}: expected {Money.Format(amount)} {currency}, read {Money.Format(actual[i].Amount)} {actual[i].Currency}";
            }
            if (expected[i].GetProperty("getBookingDate") is { ValueKind: JsonValueKind.Object } booking)
            {
                var date = DateOnly.ParseExact(booking.GetProperty("0").GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (actual[i].BookingDate != date) return $"entry {i + 1}: expected booking date {date:yyyy-MM-dd}, read {actual[i].BookingDate:yyyy-MM-dd}";
            }
        }
        return null;
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < exponent; i++) value *= 10m;
        return value;
    }
}
