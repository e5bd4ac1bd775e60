using System.Diagnostics;
using System.Globalization;

namespace Reconciler.Tools.Generate;

/// <summary>What a series generation wrote: one <see cref="GenerateResult"/> per night, oldest first.</summary>
public sealed record SeriesResult(IReadOnlyList<DateOnly> Nights, IReadOnlyList<GenerateResult> Results, TimeSpan Elapsed);

/// <summary>
/// <c>generate --nights N</c>: N consecutive nights ending at the as-of date, each in <c>&lt;out&gt;/&lt;yyyy-MM-dd&gt;/</c>
/// (inbox/, invoices.csv, truth.csv). One <see cref="Random"/> for the whole series, so the same seed writes the same
/// bytes. The first night's open items are drawn as for a night alone; each later night's invoices.csv is the billing
/// system's export after the night before, as billing would export it once it has posted that night's journal: items
/// paid in full leave, items paid in part show what they still owe, items a reversal reopened come back, and the day's new
/// invoices, claims and credit notes are added. Each night's statements cover the day before its as-of date and open
/// with the previous night's closing balances; later nights plant money coming back for earlier nights' payments
/// (<see cref="SeriesPlants"/>). Only the book (the open items and a bounded memory of earlier payments) is held; every
/// file is written as it is drawn.
/// </summary>
public static class NightSeriesGenerator
{
    public static SeriesResult Generate(GenerateOptions options, int nights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nights, 1);
        var watch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var first = options.Night.AddDays(1 - nights);
        var model = new NightModel(random, Math.Max(10, options.Invoices), first);
        var book = new OpenBook(model);
        var dates = new List<DateOnly>(nights);
        var results = new List<GenerateResult>(nights);
        for (var k = 0; k < nights; k++)
        {
            var asOf = first.AddDays(k);
            if (k > 0) model = new NightModel(random, book, asOf, model);
            book.BeginNight(model);
            var folder = Path.Combine(options.Out, NightFolder(asOf));
            results.Add(NightGenerator.Write(folder, asOf, options.BankLines, random, model, book, Stopwatch.StartNew(), firstOfSeries: k == 0));
            book.EndNight(model, random, asOf);
            dates.Add(asOf);
        }
        return new SeriesResult(dates, results, watch.Elapsed);
    }

    /// <summary>A night's folder name in a series: its as-of date.</summary>
    public static string NightFolder(DateOnly asOf) => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
