using Reconciler.Ingest;
using Reconciler.Rules.Model;
using Reconciler.Storage;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// The store keeps the lines it ingested until the night begins and makes its load of them from what it kept: the night
    /// must load exactly what a store that only read the rows gives (every field, the amounts' scale included).
    /// </summary>
    [Test]
    public void LinesIngestedTonight_LoadExactlyAsAnotherConnectionReadsThemFromTheRows()
    {
        var inbox = Repository.Path("sample-data", "inbox");
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        var formats = FormatRegistry.Default();
        var files = Directory.GetFiles(inbox).Where(f => !f.EndsWith(".835", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var parsed = formats.Read(files[i]);
            Assert.That(parsed.HasErrors, Is.False, files[i]);
            store.SaveImport(new NewImport(Hash((char)('a' + i)), Path.GetFileName(files[i]), parsed.Format, "R1", Night1, At), parsed);
        }

        var tonight = store.LoadOutstandingCash(Night1).Concat(store.LoadNightDebits(Night1)).ToList();
        using var other = OpenStore();
        var fromRows = other.LoadOutstandingCash(Night1).Concat(other.LoadNightDebits(Night1)).ToList();

        Assert.That(fromRows, Has.Count.GreaterThan(20), "the sample inbox's bank lines");
        Assert.That(tonight.Select(Described), Is.EqualTo(fromRows.Select(Described)));
    }

    /// <summary>Every field of the line and its batch details, amounts with their scale (as text), so that records compare by value.</summary>
    private static string Described(OutstandingCash cash)
    {
        var t = cash.Transaction;
        var items = string.Join(" | ", t.Items.Select(i => $"{i.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {i.Remittance} {i.EndToEndId} [{string.Join(",", i.References)}] {i}"));
        return string.Join(" ; ", cash.Id, cash.SourceFile, cash.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture), cash.IngestedAsOf,
            t.Id, t.Account, t.BookingDate, t.ValueDate, t.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Currency, t.Status, t.TypeCode,
            t.BankReference, t.CustomerReference, t.Counterparty, t.Remittance, string.Join(",", t.References), t.Reversal, items, t.Location);
    }
}
