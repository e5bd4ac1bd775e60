using System.Text;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;

namespace Reconciler.Tests.Ingest.OpenItems;

public sealed class OpenItemsCsvReaderTests
{
    private const string Header = "invoice_number,customer_id,customer_name,issue_date,due_date,currency,amount,open_amount\n";

    private static OpenItemsLoad Read(string text) => OpenItemsCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "invoices.csv");

    [Test]
    public void CanonicalRows_AreLoadedExactly()
    {
        var load = Read(Header + "INV-1001,C-1,\"Acme, Inc.\",2025-01-01,2025-01-31,usd,1250.10,1000.05\n");

        var item = load.Items.Single();
        Assert.That(load.Problems, Is.Empty);
        Assert.That(item.CustomerName, Is.EqualTo("Acme, Inc."));
        Assert.That(item.Currency, Is.EqualTo("USD"));
        Assert.That(item.OpenAmount, Is.EqualTo(1000.05m));
        Assert.That(item.DueDate, Is.EqualTo(new DateOnly(2025, 1, 31)));
    }

    [Test]
    public void BadRow_IsReportedWithLineAndColumn_AndTheOthersLoad()
    {
        var load = Read(Header + "INV-1,C-1,A,2025-01-01,2025-01-31,USD,10.00,10.00\nINV-2,C-1,A,2025-01-01,31/01/2025,USD,10.00,10.00\n");

        Assert.That(load.Items.Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "INV-1" }));
        Assert.That(load.Problems.Single().ToString(), Does.StartWith("invoices.csv, line 3, field 'due_date'"));
    }

    [Test]
    public void MissingColumn_IsOneErrorNamingIt()
    {
        var load = Read("invoice_number,customer_id\nINV-1,C-1\n");

        Assert.That(load.Items, Is.Empty);
        Assert.That(load.Problems.Single().Message, Does.Contain("open_amount"));
    }

    [Test]
    public void DuplicateInvoiceNumber_KeepsTheFirstAndReportsTheSecond()
    {
        var load = Read(Header + "INV-1,C-1,A,2025-01-01,2025-01-31,USD,10.00,10.00\nINV-1,C-2,B,2025-01-01,2025-01-31,USD,20.00,20.00\n");

        Assert.That(load.Items.Single().CustomerId, Is.EqualTo("C-1"));
        Assert.That(load.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Error));
    }
}
