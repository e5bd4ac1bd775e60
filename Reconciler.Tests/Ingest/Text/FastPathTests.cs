using System.Globalization;
using Reconciler.Ingest.Text;

namespace Reconciler.Tests.Ingest.Text;

/// <summary>
/// The readers' fast paths for digit-only dates and plain decimals must never disagree with the framework they
/// stand in for: whatever they accept, the framework reads the same way (to the decimal's scale).
/// </summary>
public sealed class FastPathTests
{
    private const string DateAlphabet = "0123456789-/.0123456789 T:x";
    private const string NumberAlphabet = "0123456789.-+0123456789,";

    [Test]
    public void NumericDate_AcceptsOnlyWhatTheFrameworkReadsTheSame()
    {
        var random = new Random(20261120);
        var accepted = 0;
        foreach (var text in Generated(random, DateAlphabet, 200_000, 12).Concat(WellFormedDates()))
        {
            foreach (var format in DateText.Candidates.Where(f => !f.Contains('H')))
            {
                if (!NumericDate.TryParse(text, format, out var fast)) continue;
                accepted++;
                Assert.That(DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var framework), Is.True, $"'{text}' as {format}");
                Assert.That(fast, Is.EqualTo(framework), $"'{text}' as {format}");
            }
        }
        Assert.That(accepted, Is.GreaterThan(1_000), "the generated text exercises the fast path");
    }

    [Test]
    public void NumericDate_TakesTheUsualSpellings()
    {
        Assert.That(NumericDate.TryParse("2026-11-20", "yyyy-MM-dd", out var iso) && iso == new DateOnly(2026, 11, 20), Is.True);
        Assert.That(NumericDate.TryParse("1.2.2026", "d.M.yyyy", out var short1) && short1 == new DateOnly(2026, 2, 1), Is.True);
        Assert.That(NumericDate.TryParse("11/20/2026", "M/d/yyyy", out var us) && us == new DateOnly(2026, 11, 20), Is.True);
        Assert.That(NumericDate.TryParse("2026-02-30", "yyyy-MM-dd", out _), Is.False, "no such day");
        Assert.That(NumericDate.TryParse("20.11.26", "dd.MM.yy", out _), Is.False, "two-digit years are left to the framework");
    }

    [Test]
    public void PlainDecimal_AcceptsOnlyWhatTheFrameworkReadsTheSame()
    {
        var random = new Random(835);
        var accepted = 0;
        foreach (var text in Generated(random, NumberAlphabet, 200_000, 22))
        {
            foreach (var minus in new[] { false, true })
            {
                if (!PlainDecimal.TryParse(text, minus, out var fast)) continue;
                accepted++;
                var styles = NumberStyles.AllowDecimalPoint | (minus ? NumberStyles.AllowLeadingSign : NumberStyles.None);
                Assert.That(decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var framework), Is.True, $"'{text}'");
                Assert.That(fast.ToString(CultureInfo.InvariantCulture), Is.EqualTo(framework.ToString(CultureInfo.InvariantCulture)), $"'{text}' keeps its scale");
            }
        }
        Assert.That(accepted, Is.GreaterThan(1_000), "the generated text exercises the fast path");
    }

    private static IEnumerable<string> Generated(Random random, string alphabet, int count, int maxLength)
    {
        for (var i = 0; i < count; i++)
        {
            var chars = new char[random.Next(1, maxLength + 1)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            yield return new string(chars);
        }
    }

    private static IEnumerable<string> WellFormedDates()
    {
        var formats = DateText.Candidates.Where(f => !f.Contains('H')).ToList();
        for (var day = new DateOnly(1999, 12, 25); day < new DateOnly(2001, 3, 5); day = day.AddDays(3))
        {
            foreach (var format in formats) yield return day.ToString(format, CultureInfo.InvariantCulture);
        }
    }
}
