using System.Globalization;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Storage;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// A store keeping the nights it writes answers the next night's reads of them (open items, balances, exceptions) from
    /// what it kept: it must give exactly what a store that only reads the rows gives, field by field and in the same order.
    /// The sample's first night and its clinic night (patient items, claims, denials) are run through the console's run.
    /// </summary>
    [TestCase("inbox", "invoices.csv", "2026-11-20")]
    [TestCase("clinic-inbox", "invoices-2026-11-22.csv", "2026-11-23")]
    public void KeptWrittenNight_IsReadByTheNextNightExactlyAsAnotherConnectionReadsItsRows(string inbox, string invoices, string night)
    {
        var asOf = DateOnly.Parse(night, CultureInfo.InvariantCulture);
        using var folder = new Night();
        foreach (var file in Directory.GetFiles(Repository.Path("sample-data", inbox))) File.Copy(file, Path.Combine(folder.Inbox, Path.GetFileName(file)));
        File.Copy(Repository.Path("sample-data", invoices), folder.Invoices, overwrite: true);
        using var store = CreateStore();
        ((ReconciliationStore)store).KeepWrittenNights();
        folder.Run(store, asOf, writeReports: false);

        var next = asOf.AddDays(1);
        using var other = OpenStore();
        var (items, fromRows) = (store.PreviousOpenItems(next), other.PreviousOpenItems(next));
        var exceptions = store.PreviousExceptions(next);

        Assert.That(fromRows, Has.Count.GreaterThan(5), "the night's open items");
        Assert.That(other.PreviousExceptions(next), Is.Not.Empty, "the night's exceptions");
        Assert.That(items.Select(Described), Is.EqualTo(fromRows.Select(Described)));
        Assert.That(Described(store.PreviousBalances(next)), Is.EqualTo(Described(other.PreviousBalances(next))));
        Assert.That(exceptions.Select(Described), Is.EqualTo(other.PreviousExceptions(next).Select(Described)));
    }

    private static string Described(OpenItem i) => string.Join(" ; ", i.InvoiceNumber, i.CustomerId, i.CustomerName, i.IssueDate, i.DueDate, i.Currency,
        Exact(i.Amount), Exact(i.OpenAmount), i.Responsible, i.CreatedFrom, i.PatientId, i.Patient?.Reveal(), i);

    private static List<string> Described(IReadOnlyDictionary<string, PreviousBalance> balances) =>
        balances.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} {Exact(b.Value.ExportedOpen)} {Exact(b.Value.OpenAfter)}").ToList();

    private static string Described(CarryForward.Carried c)
    {
        var d = c.Discrepancy;
        return string.Join(" ; ", c.FirstSeen, d.Id, d.Category, d.Severity, d.SourceKind, d.SourceId, d.InvoiceNumber, d.CustomerId,
            d.Amount is { } a ? Exact(a) : "-", d.ExpectedAmount is { } e ? Exact(e) : "-", d.Currency, d.Description, d.SuggestedAction, string.Join(",", d.Candidates));
    }

    /// <summary>An amount with its scale, so that 10.5 and 10.5000 differ.</summary>
    private static string Exact(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
