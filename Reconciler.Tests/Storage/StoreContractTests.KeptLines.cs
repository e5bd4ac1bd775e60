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

    /// <summary>
    /// A backtest reads each night's new lines and items whole on another connection ahead of the replay and hands them to the
    /// replaying store: the night then loads exactly what another connection reads of the rows.
    /// </summary>
    [Test]
    public void LinesReadSinceTheNightBefore_OnAnotherConnection_AreLoadedAsTheStoreWouldReadThem()
    {
        var formats = FormatRegistry.Default();
        var files = Directory.GetFiles(Repository.Path("sample-data", "inbox")).Order(StringComparer.Ordinal).ToList();
        var later = files.Where(f => Path.GetFileName(f).StartsWith("nordbank", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("stripe", StringComparison.Ordinal)).ToList();
        using var store = CreateStore();
        ((ReconciliationStore)store).KeepParsedBankLines();
        store.StartRun("R1", Night1, "console", "h", At);
        foreach (var (file, n) in files.Except(later).Select((f, n) => (f, n)))
            store.SaveImport(new NewImport(Hash((char)('a' + n)), Path.GetFileName(file), formats.Read(file).Format, "R1", Night1, At), formats.Read(file));
        var cash = store.LoadOutstandingCash(Night1);
        store.CompleteRun(Completed("R1", Night1, cash.Select((c, n) => (c.Id, Left: n == 0 ? 0m : c.Remaining)).ToDictionary(x => x.Id, x => x.Left, StringComparer.Ordinal)));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        using var other = OpenStore();
        // Stored by another connection, as the nights a backtest replays were: this store did not ingest them.
        foreach (var (file, n) in later.Select((f, n) => (f, n)))
            other.SaveImport(new NewImport(Hash((char)('x' + n)), Path.GetFileName(file), formats.Read(file).Format, "R2", Night2, At.AddDays(1)), formats.Read(file));
        var (readAhead, itemsAhead) = (((ReconciliationStore)other).CreditsReadSince(Night1, Night2), ((ReconciliationStore)other).ItemsReadSince(Night1, Night2));

        ((ReconciliationStore)store).KeepRead(readAhead, itemsAhead);
        var (loaded, items) = (store.LoadOutstandingCash(Night2), store.LoadOutstandingItems(Night2));

        Assert.That(readAhead.Select(c => c.SourceFile).Distinct(), Is.EquivalentTo(later.Select(f => Path.GetFileName(f)).Where(f => f.StartsWith("nordbank", StringComparison.Ordinal))),
            "the credits of the bank file read since");
        Assert.That(itemsAhead.Select(i => i.SourceFile).Distinct(), Is.EquivalentTo(later.Select(f => Path.GetFileName(f)).Where(f => f.StartsWith("stripe", StringComparison.Ordinal))),
            "the items of the processor's file read since");
        Assert.That(loaded.Select(Described), Is.EqualTo(other.LoadOutstandingCash(Night2).Select(Described)));
        Assert.That(items.Select(Described), Is.EqualTo(other.LoadOutstandingItems(Night2).Select(Described)));
        Assert.That(loaded.Select(c => c.Id), Is.SupersetOf(readAhead.Select(c => c.Id)));
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
