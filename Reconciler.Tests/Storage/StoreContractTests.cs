using Reconciler.Ingest;
using Reconciler.Ingest.Csv;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>
/// What every store promises, run against each provider: each test gets a database of its own from
/// <see cref="CreateDatabase"/> and <see cref="OpenStore"/>, dropped by <see cref="DropDatabase"/>.
/// </summary>
public abstract partial class StoreContractTests
{
    protected static readonly DateOnly Night1 = new(2025, 3, 14);
    protected static readonly DateOnly Night2 = new(2025, 3, 15);
    protected static readonly DateTimeOffset At = new(2025, 3, 15, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Creates this test's empty database (or skips the test with the reason when the provider is unavailable).</summary>
    [SetUp]
    public abstract void CreateDatabase();

    [TearDown]
    public abstract void DropDatabase();

    /// <summary>A new connection to this test's database, not migrated.</summary>
    protected abstract IReconciliationStore OpenStore();

    protected IReconciliationStore CreateStore()
    {
        var store = OpenStore();
        store.Migrate();
        return store;
    }

    protected static ParsedFile Csv(string text) => Parse.Text(new BankCsvReader([]), text, "bank.csv");

    protected static string Hash(char c) => new(c, 64);

    protected static ImportRecord Import(IReconciliationStore store, char hash, string runId, DateOnly night, string csv, string name = "bank.csv") =>
        store.SaveImport(new NewImport(Hash(hash), name, "csv", runId, night, At), Csv(csv));

    protected static CompletedRun Completed(string runId, DateOnly asOf, IReadOnlyDictionary<string, decimal>? unapplied = null,
        IReadOnlyList<Application>? applications = null, IReadOnlyList<(Discrepancy, DateOnly)>? exceptions = null, IReadOnlyList<OpenItem>? openItems = null) => new()
    {
        RunId = runId,
        AsOf = asOf,
        FinishedAt = At.AddDays(asOf.DayNumber - Night1.DayNumber),
        OpenItems = openItems ?? [],
        Matching = new MatchingResult(applications ?? [], [], [], unapplied ?? new Dictionary<string, decimal>()),
        Exceptions = exceptions ?? [],
        CountsJson = "{}",
    };

    protected static Discrepancy Unmatched(string sourceId, decimal amount) => new()
    {
        Category = "unmatched_receipt", SourceKind = "bank_line", SourceId = sourceId, Amount = amount, Currency = "USD",
        Description = "no rule explained it", SuggestedAction = "research the payer",
    };

    [Test]
    public void Migrate_AgainOrFromASecondConnection_ReachesTheSameVersion()
    {
        int first;
        using (var store = OpenStore()) first = store.Migrate();
        using (var store = OpenStore())
        {
            Assert.That(store.Migrate(), Is.EqualTo(first).And.GreaterThanOrEqualTo(1));
            Assert.That(store.Migrate(), Is.EqualTo(first));
        }
    }

    [Test]
    public void TwoIdenticalLinesInOneFile_StayTwoLines()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        Import(store, 'a', "R1", Night1, "Date,Description,Amount\n2025-03-14,COFFEE,3.50\n2025-03-14,COFFEE,3.50\n");

        Assert.That(store.LoadOutstandingCash(Night1), Has.Count.EqualTo(2));
    }

    [Test]
    public void AmountsRoundTripExactly()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        Import(store, 'b', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,0.10\n2025-03-14,B,123456789012.3456\n");

        Assert.That(store.LoadOutstandingCash(Night1).Select(c => c.Remaining), Is.EqualTo(new[] { 0.10m, 123456789012.3456m }));
    }

    [Test]
    public void ALoadedLine_KeepsTheLocationItWasReadWith()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        var read = Csv("Date,Description,Amount\n2025-03-14,A,0.10\n2025-03-14,B,2.00\n");

        store.SaveImport(new NewImport(Hash('l'), "bank.csv", "csv", "R1", Night1, At), read);
        var loaded = store.LoadOutstandingCash(Night1).Select(c => c.Transaction).ToList();

        Assert.That(loaded.Select(t => t.Location), Is.EqualTo(new[] { "bank.csv:2", "bank.csv:3" }));
        Assert.That(loaded.Select(t => t.Location), Is.EqualTo(read.Statements.SelectMany(s => s.Transactions).Select(t => t.Location)));
    }

    [Test]
    public void AStoreThatBeganANightAndRolledItBack_ReadsAndWritesAsBefore()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'm', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,0.10\n2025-03-14,B,2.00\n", "bank.csv");
        var before = store.LoadOutstandingCash(Night1).Select(c => (c.Transaction.Id, c.Remaining)).ToList();

        using (store.BeginNight("R1", Night1)) { }
        Import(store, 'n', "R1", Night1, "Date,Description,Amount\n2025-03-15,C,3.00\n", "more.csv");

        var after = store.LoadOutstandingCash(Night1).Select(c => (c.Transaction.Id, c.Remaining)).ToList();
        Assert.That(after.Take(2), Is.EqualTo(before));
        Assert.That(after.Skip(2).Select(a => a.Remaining), Is.EqualTo(new[] { 3.00m }));
    }

    [Test]
    public void SameContent_IsFoundByHashWhateverItsName()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        Import(store, 'c', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,1.00\n", "first-name.csv");

        Assert.That(store.FindIngested(Hash('c'))?.FileName, Is.EqualTo("first-name.csv"));
        Assert.That(store.FindIngested(Hash('d')), Is.Null);
    }

    [Test]
    public void FileWithErrors_IsRecordedAsQuarantinedWithoutItsLines()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        var import = Import(store, 'e', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,1.00\n2025-03-14,B,oops\n", "bad.csv");

        Assert.That(import.Status, Is.EqualTo(ImportStatus.Quarantined));
        Assert.That(store.LoadOutstandingCash(Night1), Is.Empty);
        Assert.That(store.FindIngested(Hash('e')), Is.Null);
    }

    [Test]
    public void LinesOfALaterNight_AreNotSeenByAnEarlierNight()
    {
        using var store = CreateStore();
        store.StartRun("R2", Night2, "console", "h", At);

        Import(store, 'f', "R2", Night2, "Date,Description,Amount\n2025-03-15,A,1.00\n");

        Assert.That(store.LoadOutstandingCash(Night1), Is.Empty);
        Assert.That(store.LoadOutstandingCash(Night2), Has.Count.EqualTo(1));
    }
}
