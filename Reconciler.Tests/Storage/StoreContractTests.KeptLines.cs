using System.Globalization;
using Reconciler.Ingest;
using Reconciler.Storage;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// A store that keeps the lines and items it read (a backtest's) reads of the open money only keys and what is left, and makes
    /// from its kept rows those it read before: over two nights (the second from what the first left, some of it partly applied,
    /// with a file read since), what it loads must be what another connection reads of the rows, field by field and in order.
    /// </summary>
    [Test]
    public void KeptLinesAndItems_LoadExactlyAsAnotherConnectionReadsTheRows_NightAfterNight()
    {
        var formats = FormatRegistry.Default();
        var files = Directory.GetFiles(Repository.Path("sample-data", "inbox")).Order(StringComparer.Ordinal).ToList();
        // Read the night after: a bank statement and a processor's payouts.
        var later = files.Where(f => Path.GetFileName(f).StartsWith("nordbank", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("stripe", StringComparison.Ordinal)).ToList();
        files = [.. files.Except(later), .. later];
        using var store = CreateStore();
        ((ReconciliationStore)store).KeepParsedBankLines();
        store.StartRun("R1", Night1, "console", "h", At);
        for (var i = 0; i < files.Count - later.Count; i++)
            store.SaveImport(new NewImport(Hash((char)('a' + i)), Path.GetFileName(files[i]), formats.Read(files[i]).Format, "R1", Night1, At), formats.Read(files[i]));
        var cash = store.LoadOutstandingCash(Night1);
        var items = store.LoadOutstandingItems(Night1);
        // Night 1 applies the first line whole, leaves a third of every other line and of every second item, and all of the rest.
        var left = cash.Select((c, n) => (c.Id, Left: n == 0 ? 0m : decimal.Round(c.Remaining / 3, 2)))
            .Concat(items.Select((t, n) => (Id: t.ItemKey, Left: n % 2 == 0 ? decimal.Round(t.Remaining / 3, 2) : t.Remaining)))
            .ToDictionary(x => x.Id, x => x.Left, StringComparer.Ordinal);
        store.CompleteRun(Completed("R1", Night1, left));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        foreach (var (file, n) in later.Select((f, n) => (f, n)))
            store.SaveImport(new NewImport(Hash((char)('x' + n)), Path.GetFileName(file), formats.Read(file).Format, "R2", Night2, At.AddDays(1)), formats.Read(file));

        var kept = (Cash: store.LoadOutstandingCash(Night2), Items: store.LoadOutstandingItems(Night2));

        using var other = OpenStore();
        Assert.That(cash.Select(Described), Is.EqualTo(other.LoadOutstandingCash(Night1).Select(Described)), "the first night, read whole");
        Assert.That(kept.Cash.Select(Described), Is.EqualTo(other.LoadOutstandingCash(Night2).Select(Described)));
        Assert.That(kept.Items.Select(Described), Is.EqualTo(other.LoadOutstandingItems(Night2).Select(Described)));
        Assert.That(kept.Cash.Select(c => c.Remaining).Take(2), Is.EqualTo(cash.Skip(1).Take(2).Select(c => decimal.Round(c.Remaining / 3, 2))),
            "the first line applied, the next ones a third of what they were");
        Assert.That(kept.Items, Has.Count.GreaterThan(2), "the sample's batch items");
    }

    private static string Described(OutstandingItem item)
    {
        var i = item.Item;
        return string.Join(" ; ", item.ItemKey, item.BatchKind, item.BatchId, item.Date, item.Currency, item.SourceFile,
            item.Remaining.ToString(CultureInfo.InvariantCulture), i.Id, i.Kind, i.Gross.ToString(CultureInfo.InvariantCulture),
            i.Fee.ToString(CultureInfo.InvariantCulture), i.InvoiceReference, i.Customer, i.Text, i.Location,
            i.Claim is null ? "" : System.Text.Json.JsonSerializer.Serialize(i.Claim));
    }
}
