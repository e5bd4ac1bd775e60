using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Tools.Generate;

/// <summary>Issue 20's plain night, checked against the files themselves as the pandas peer reads them.</summary>
public sealed class PlainNightGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static GenerateResult Generate(string folder, int count = 2000, int seed = 5) =>
        PlainNightGenerator.Generate(new GenerateOptions(folder, count, count, seed, AsOf));

    [Test]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_another_night()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        var first = Generate(a.Path);
        var same = Generate(b.Path);
        var other = Generate(c.Path, seed: 6);
        foreach (var (x, y) in new[] { (first.InvoicesFile, same.InvoicesFile), (first.TruthFile, same.TruthFile) })
            Assert.That(File.ReadAllBytes(y), Is.EqualTo(File.ReadAllBytes(x)));
        var bank = PlainNightGenerator.BankFileName(AsOf);
        Assert.That(File.ReadAllBytes(Path.Combine(same.Inbox, bank)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Inbox, bank))));
        Assert.That(File.ReadAllBytes(Path.Combine(other.Inbox, bank)), Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(first.Inbox, bank))));
    }

    [Test]
    public void The_open_items_are_canonical_with_the_columns_the_peer_reads()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var header = File.ReadLines(result.InvoicesFile).First().Split(',');
        Assert.That(header, Is.SupersetOf(new[] { "invoice_number", "customer_id", "due_date", "open_amount" }));
        var load = OpenItemsCsvReader.Read(result.InvoicesFile);
        Assert.That(load.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(load.Items, Has.Count.EqualTo(2000));
    }

    [Test]
    public void The_bank_csv_has_one_credit_per_line_of_which_about_90_percent_pay_their_named_invoice_exactly_and_5_percent_half()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var bankFile = Path.Combine(result.Inbox, PlainNightGenerator.BankFileName(AsOf));
        var lines = File.ReadAllLines(bankFile);
        Assert.That(lines[0], Is.EqualTo("Account,Date,Description,Amount,Balance"));
        Assert.That(lines, Has.Length.EqualTo(2001));

        // Worked out from the two files alone, as the peer does: the INV- number in the text, the open amount.
        var open = File.ReadLines(result.InvoicesFile).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => decimal.Parse(f[^1], CultureInfo.InvariantCulture));
        int exact = 0, half = 0, none = 0;
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            var amount = decimal.Parse(fields[3], CultureInfo.InvariantCulture);
            Assert.That(amount, Is.GreaterThan(0m));
            var reference = Regex.Match(fields[2], @"INV-\d+");
            if (!reference.Success) { none++; continue; }
            if (amount == open[reference.Value]) exact++;
            else if (amount == Math.Round(open[reference.Value] / 2m, 2)) half++;
        }
        Assert.That(exact + half + none, Is.EqualTo(2000), "every line is one of the three");
        Assert.That(exact / 2000d, Is.EqualTo(0.90).Within(0.03));
        Assert.That(half / 2000d, Is.EqualTo(0.05).Within(0.015));
        Assert.That(none / 2000d, Is.EqualTo(0.05).Within(0.015));

        var truth = File.ReadAllLines(result.TruthFile).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(truth.Count(t => t[6] == "plain_exact"), Is.EqualTo(exact));
        Assert.That(truth.Count(t => t[6] == "plain_half"), Is.EqualTo(half));
        Assert.That(truth.Count(t => t[6] == "plain_unidentified"), Is.EqualTo(none));
    }

    [Test]
    public void The_bank_csv_reads_without_problems_and_its_balance_holds()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path, count: 500);
        var parsed = FormatRegistry.Default().Read(Path.Combine(result.Inbox, PlainNightGenerator.BankFileName(AsOf)));
        Assert.That(parsed.Format, Is.EqualTo("csv"));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(parsed.RecordCount, Is.EqualTo(500));
        Assert.That(parsed.Statements.Single().Balanced, Is.True);
    }
}
