using System.Globalization;
using Reconciler.Ingest.Bai2;

namespace Reconciler.Tests.Ingest.Bai2;

public sealed class Bai2DateTests
{
    [Test]
    public void EveryYymmdd_ReadsAsTheFrameworkReadsItWithItsCentury()
    {
        var compared = 0;
        for (var yy = 0; yy < 100; yy++)
        {
            for (var mm = 0; mm <= 13; mm++)
            {
                for (var dd = 0; dd <= 32; dd++)
                {
                    var text = $"{yy:00}{mm:00}{dd:00}";
                    var century = yy < 80 ? "20" : "19";
                    var expectedOk = DateOnly.TryParseExact(century + text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
                    Assert.That(Bai2Date.TryParse(text, out var date), Is.EqualTo(expectedOk), text);
                    if (expectedOk) Assert.That(date, Is.EqualTo(expected), text);
                    compared++;
                }
            }
        }
        Assert.That(compared, Is.EqualTo(100 * 14 * 33));
    }

    [TestCase(" 260105 ", 2026, 1, 5)]
    [TestCase("800229", 1980, 2, 29)]
    [TestCase("791231", 2079, 12, 31)]
    public void PaddedAndCenturyEdgeDates_Read(string text, int year, int month, int day)
    {
        Assert.That(Bai2Date.TryParse(text, out var date), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("810229")]
    [TestCase("26015")]
    [TestCase("2601051")]
    [TestCase("26O105")]
    [TestCase("+60105")]
    [TestCase("")]
    public void TextThatIsNotAYymmddDate_IsRefused(string text) =>
        Assert.That(Bai2Date.TryParse(text, out _), Is.False);
}
