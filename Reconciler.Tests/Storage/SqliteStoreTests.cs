using Microsoft.Data.Sqlite;
using Reconciler.Ingest;
using Reconciler.Ingest.Csv;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public sealed class SqliteStoreTests
{
    private static readonly DateOnly Night1 = new(2025, 3, 14);
    private static readonly DateTimeOffset At = new(2025, 3, 15, 6, 0, 0, TimeSpan.Zero);

    private static ParsedFile Csv(string text) => Parse.Text(new BankCsvReader([]), text, "bank.csv");

    [Test]
    public void Migrate_RecordsEachMigrationOnce()
    {
        using var folder = new TempFolder();
        using (var store = new SqliteStore(folder.File("r.db"))) Assert.That(store.Migrate(), Is.GreaterThanOrEqualTo(1));
        using (var store = new SqliteStore(folder.File("r.db"))) store.Migrate();

        using var connection = new SqliteConnection($"Data Source={folder.File("r.db")};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That(reader.GetInt64(0), Is.EqualTo(reader.GetInt64(1)).And.GreaterThan(0));
    }

    [Test]
    public void TwoIdenticalLinesInOneFile_StayTwoLines()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.StartRun("R1", Night1, "console", "h", At);

        store.SaveImport(new NewImport(new string('a', 64), "bank.csv", "csv", "R1", Night1, At),
            Csv("Date,Description,Amount\n2025-03-14,COFFEE,3.50\n2025-03-14,COFFEE,3.50\n"));

        Assert.That(store.LoadOutstandingCash(Night1), Has.Count.EqualTo(2));
    }

    [Test]
    public void AmountsRoundTripExactly()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.StartRun("R1", Night1, "console", "h", At);

        store.SaveImport(new NewImport(new string('b', 64), "bank.csv", "csv", "R1", Night1, At),
            Csv("Date,Description,Amount\n2025-03-14,A,0.10\n2025-03-14,B,123456789012.3456\n"));

        Assert.That(store.LoadOutstandingCash(Night1).Select(c => c.Remaining), Is.EqualTo(new[] { 0.10m, 123456789012.3456m }));
    }

    [Test]
    public void SameContent_IsFoundByHashWhateverItsName()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.StartRun("R1", Night1, "console", "h", At);
        var hash = new string('c', 64);

        store.SaveImport(new NewImport(hash, "first-name.csv", "csv", "R1", Night1, At), Csv("Date,Description,Amount\n2025-03-14,A,1.00\n"));

        Assert.That(store.FindIngested(hash)?.FileName, Is.EqualTo("first-name.csv"));
        Assert.That(store.FindIngested(new string('d', 64)), Is.Null);
    }

    [Test]
    public void FileWithErrors_IsRecordedAsQuarantinedWithoutItsLines()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.StartRun("R1", Night1, "console", "h", At);

        var import = store.SaveImport(new NewImport(new string('e', 64), "bad.csv", "csv", "R1", Night1, At),
            Csv("Date,Description,Amount\n2025-03-14,A,1.00\n2025-03-14,B,oops\n"));

        Assert.That(import.Status, Is.EqualTo("quarantined"));
        Assert.That(store.LoadOutstandingCash(Night1), Is.Empty);
        Assert.That(store.FindIngested(new string('e', 64)), Is.Null);
    }

    [Test]
    public void LinesOfALaterNight_AreNotSeenByAnEarlierNight()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.StartRun("R2", Night1.AddDays(1), "console", "h", At);

        store.SaveImport(new NewImport(new string('f', 64), "bank.csv", "csv", "R2", Night1.AddDays(1), At), Csv("Date,Description,Amount\n2025-03-15,A,1.00\n"));

        Assert.That(store.LoadOutstandingCash(Night1), Is.Empty);
        Assert.That(store.LoadOutstandingCash(Night1.AddDays(1)), Has.Count.EqualTo(1));
    }
}
