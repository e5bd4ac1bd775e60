using System.Globalization;
using System.Xml.Linq;
using Reconciler.Ingest;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Tools.Generate;

public sealed class NightGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static GenerateResult Generate(string folder, int invoices = 300, int bankLines = 300, int seed = 7) =>
        NightGenerator.Generate(new GenerateOptions(folder, invoices, bankLines, seed, AsOf));

    private static List<string[]> Truth(GenerateResult result) =>
        File.ReadAllLines(result.TruthFile).Skip(1).Select(l => l.Split(',')).ToList();

    [Test]
    public void The_same_seed_writes_the_same_bytes()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = Generate(a.Path);
        Generate(b.Path);
        var files = Directory.EnumerateFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Has.Count.EqualTo(first.Files.Count + 2));
        foreach (var file in files)
            Assert.That(File.ReadAllBytes(Path.Combine(b.Path, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a.Path, file))), file);
    }

    [Test]
    public void Another_seed_writes_another_night()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = Generate(a.Path, seed: 1);
        var second = Generate(b.Path, seed: 2);
        Assert.That(File.ReadAllText(second.TruthFile), Is.Not.EqualTo(File.ReadAllText(first.TruthFile)));
    }

    [TestCase("operating-2026-11-20.csv", "csv")]
    [TestCase("stripe-payout-reconciliation-2026-11-20.csv", "stripe")]
    [TestCase("paypal-activity-2026-11-20.csv", "paypal")]
    [TestCase("era-2026-11-20.835", "x12-835")]
    public void Every_file_a_reader_exists_for_is_detected_and_read_without_problems(string file, string format)
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var parsed = FormatRegistry.Default().Read(Path.Combine(result.Inbox, file));
        Assert.That(parsed.Format, Is.EqualTo(format));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(parsed.RecordCount, Is.GreaterThan(0));
        Assert.That(parsed.Statements.All(s => s.Balanced != false), Is.True);
    }

    [Test]
    public void The_processor_batches_add_up_to_the_deposits_in_the_bank_csv()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var registry = FormatRegistry.Default();
        var bank = registry.Read(Path.Combine(result.Inbox, "operating-2026-11-20.csv")).Statements.Single().Transactions;
        var batches = new[] { "stripe-payout-reconciliation-2026-11-20.csv", "paypal-activity-2026-11-20.csv", "era-2026-11-20.835" }
            .SelectMany(f => registry.Read(Path.Combine(result.Inbox, f)).Batches).ToList();
        Assert.That(batches.Select(b => b.Kind).Distinct(), Is.EquivalentTo(new[] { "stripe_payout", "paypal_withdrawal", "era_835" }));
        foreach (var batch in batches)
        {
            var deposit = bank.Where(t => t.Remittance!.Contains(batch.Id, StringComparison.Ordinal)).ToList();
            Assert.That(deposit, Has.Count.EqualTo(1), batch.Id);
            Assert.That(deposit[0].Amount, Is.EqualTo(batch.Amount), batch.Id);
            Assert.That(batch.Amount, Is.GreaterThan(0m));
        }
    }

    [Test]
    public void The_bai2_control_totals_and_balances_add_up()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var records = File.ReadAllLines(Path.Combine(result.Inbox, "firstus-bai2-2026-11-20.bai"));
        Assert.That(records[0], Does.StartWith("01,"));
        Assert.That(records[^1], Does.StartWith("99,"));
        long fileTotal = 0, groupTotal = 0, accountTotal = 0, opening = 0, closing = 0, credits = 0, debits = 0, detailCredits = 0, detailDebits = 0;
        int groups = 0, groupRecords = 0, accountRecords = 0;
        foreach (var record in records)
        {
            var f = record.TrimEnd('/').Split(',');
            groupRecords++;
            accountRecords++;
            switch (f[0])
            {
                case "02": groups++; groupRecords = 1; groupTotal = 0; break;
                case "03":
                    accountRecords = 1;
                    (opening, closing, credits, debits) = (long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[8], CultureInfo.InvariantCulture),
                        long.Parse(f[12], CultureInfo.InvariantCulture), long.Parse(f[16], CultureInfo.InvariantCulture));
                    accountTotal = opening + closing + credits + debits;
                    detailCredits = detailDebits = 0;
                    break;
                case "16":
                    var amount = long.Parse(f[2], CultureInfo.InvariantCulture);
                    accountTotal += amount;
                    if (int.Parse(f[1], CultureInfo.InvariantCulture) < 400) detailCredits += amount; else detailDebits += amount;
                    break;
                case "49":
                    Assert.That(long.Parse(f[1], CultureInfo.InvariantCulture), Is.EqualTo(accountTotal), "49 total");
                    Assert.That(int.Parse(f[2], CultureInfo.InvariantCulture), Is.EqualTo(accountRecords), "49 records");
                    Assert.That((detailCredits, detailDebits), Is.EqualTo((credits, debits)), "100/400 summaries");
                    Assert.That(opening + credits - debits, Is.EqualTo(closing), "010 + 100 - 400 = 015");
                    groupTotal += accountTotal;
                    break;
                case "98":
                    Assert.That(long.Parse(f[1], CultureInfo.InvariantCulture), Is.EqualTo(groupTotal), "98 total");
                    Assert.That(int.Parse(f[3], CultureInfo.InvariantCulture), Is.EqualTo(groupRecords), "98 records");
                    fileTotal += groupTotal;
                    break;
                case "99":
                    Assert.That(long.Parse(f[1], CultureInfo.InvariantCulture), Is.EqualTo(fileTotal), "99 total");
                    Assert.That(int.Parse(f[2], CultureInfo.InvariantCulture), Is.EqualTo(groups), "99 groups");
                    Assert.That(int.Parse(f[3], CultureInfo.InvariantCulture), Is.EqualTo(records.Length), "99 records");
                    break;
            }
        }
        Assert.That(groups, Is.EqualTo(5));
    }

    [Test]
    public void The_camt_statement_proves_its_balances_and_summary()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        XNamespace ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
        var stmt = XDocument.Load(Path.Combine(result.Inbox, "lakebank-camt053-2026-11-20.xml")).Descendants(ns + "Stmt").Single();
        decimal Signed(XElement e) => decimal.Parse(e.Element(ns + "Amt")!.Value, CultureInfo.InvariantCulture) * (e.Element(ns + "CdtDbtInd")!.Value == "DBIT" ? -1m : 1m);
        decimal Bal(string code) => Signed(stmt.Elements(ns + "Bal").Single(b => b.Descendants(ns + "Cd").First().Value == code));
        var entries = stmt.Elements(ns + "Ntry").ToList();
        Assert.That(Bal("OPBD") + entries.Sum(Signed), Is.EqualTo(Bal("CLBD")));
        var summary = stmt.Element(ns + "TxsSummry")!.Element(ns + "TtlNtries")!;
        Assert.That(int.Parse(summary.Element(ns + "NbOfNtries")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(entries.Count));
        Assert.That(decimal.Parse(summary.Element(ns + "Sum")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(entries.Sum(e => Math.Abs(Signed(e)))));
        Assert.That(Signed(summary.Element(ns + "TtlNetNtry")!), Is.EqualTo(entries.Sum(Signed)));
        Assert.That(entries.Select(e => e.Element(ns + "AcctSvcrRef")!.Value), Is.Unique);
    }

    [Test]
    public void Every_truth_row_names_a_line_or_item_that_exists_once()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path);
        var registry = FormatRegistry.Default();
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            var path = Path.Combine(result.Inbox, file);
            keys[file] = file.EndsWith(".bai", StringComparison.Ordinal)
                ? File.ReadLines(path).Where(l => l.StartsWith("16,", StringComparison.Ordinal)).Select(l => l.Split(',')[5]).ToHashSet()
                : file.EndsWith(".xml", StringComparison.Ordinal)
                    ? XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "AcctSvcrRef" && e.Parent!.Name.LocalName == "Ntry").Select(e => e.Value).ToHashSet()
                    : registry.Read(path) is var parsed ? parsed.Statements.SelectMany(s => s.Transactions).Select(t => t.Id)
                        .Concat(parsed.Batches.SelectMany(b => b.Items).Select(i => i.Id)).ToHashSet() : [];
        }
        var truth = Truth(result);
        Assert.That(truth, Has.Count.EqualTo(result.TruthRows));
        Assert.That(truth.Select(r => r[0] + "|" + r[1]), Is.Unique);
        foreach (var row in truth) Assert.That(keys[row[0]], Does.Contain(row[1]), $"{row[0]} {row[1]}");
        var invoices = File.ReadAllLines(result.InvoicesFile).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        // A secondary payer's item (<claim>-SEC) is made by the night from its listed claim.
        Assert.That(truth.SelectMany(r => r[4].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(i => !invoices.Contains(Reconciler.Rules.Rules.Claims.ResponsibilityTransfer.ClaimOf(i))), Is.Empty);
        Assert.That(truth.Select(r => r[6]).Distinct().Count(), Is.GreaterThanOrEqualTo(20), "scenarios");
    }

    [Test]
    public void Open_items_spread_over_every_aging_bucket()
    {
        using var folder = new TempFolder();
        var result = Generate(folder.Path, invoices: 500);
        var overdue = File.ReadAllLines(result.InvoicesFile).Skip(1).Select(l => l.Split(','))
            .Where(f => decimal.Parse(f[7], CultureInfo.InvariantCulture) > 0m)
            .Select(f => AsOf.DayNumber - DateOnly.ParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber).ToList();
        Assert.That(overdue.Count(d => d <= 0), Is.GreaterThan(0), "current");
        Assert.That(overdue.Count(d => d is >= 1 and <= 30), Is.GreaterThan(0), "1-30");
        Assert.That(overdue.Count(d => d is >= 31 and <= 60), Is.GreaterThan(0), "31-60");
        Assert.That(overdue.Count(d => d is >= 61 and <= 90), Is.GreaterThan(0), "61-90");
        Assert.That(overdue.Count(d => d >= 91), Is.GreaterThan(0), "91+");
    }

    [Test]
    public void Name_words_are_far_enough_apart_that_one_typo_points_to_one_customer()
    {
        var words = Names.First.Concat(Names.Second).Concat(Names.Industry).Select(w => w.ToUpperInvariant()).ToList();
        Assert.That(words, Is.Unique);
        var close = from a in words from b in words where string.CompareOrdinal(a, b) < 0 && Distance(a, b) < 3 select $"{a}/{b}";
        Assert.That(close, Is.Empty);
        var others = Names.Strangers.Concat(Names.BankWords).SelectMany(s => s.Split(' ')).Where(w => w.Length >= 5);
        Assert.That(from o in others from w in words where Distance(o, w) < 2 select $"{o}/{w}", Is.Empty);
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
