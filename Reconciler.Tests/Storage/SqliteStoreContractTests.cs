using Microsoft.Data.Sqlite;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>The store contract on the embedded SQLite store: a fresh file per test.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private TempFolder? _folder;

    private string DatabaseFile => _folder!.File("r.db");

    public override void CreateDatabase() => _folder = new TempFolder();

    public override void DropDatabase() => _folder?.Dispose();

    protected override IReconciliationStore OpenStore() => new SqliteStore(DatabaseFile);

    [Test]
    public void Migrate_RecordsEachMigrationOnce()
    {
        using (CreateStore()) { }
        using (CreateStore()) { }

        using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That(reader.GetInt64(0), Is.EqualTo(reader.GetInt64(1)).And.GreaterThan(0));
    }

    [Test]
    public void TheCacheGivenBackForTheNightsWriting_IsBigAgainForTheNextNightsIngest()
    {
        using var store = (SqliteStore)CreateStore();
        store.StartRun("R1", new DateOnly(2025, 3, 14), "console", "h", DateTimeOffset.UnixEpoch);
        var ingest = CacheSize(store);

        long commit;
        using (store.BeginNight("R1", new DateOnly(2025, 3, 14))) commit = CacheSize(store);
        store.StartRun("R2", new DateOnly(2025, 3, 15), "console", "h", DateTimeOffset.UnixEpoch);

        Assert.That(commit, Is.GreaterThan(ingest), "a negative size is in KiB: the commit's cache is the smaller");
        Assert.That(CacheSize(store), Is.EqualTo(ingest));
    }

    [Test]
    public void ANewDatabase_Has16KbPages_AndAnExistingOneKeepsItsOwn()
    {
        using (var fresh = (SqliteStore)CreateStore()) Assert.That(Pragma(fresh, "page_size"), Is.EqualTo(16384));

        var older = _folder!.File("older.db");
        using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            connection.Open();
            using var create = new SqliteCommand("PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t(x);", connection);
            create.ExecuteNonQuery();
        }
        using var reopened = new SqliteStore(older);
        reopened.Migrate();

        Assert.That(Pragma(reopened, "page_size"), Is.EqualTo(4096));
    }

    private static long CacheSize(SqliteStore store) => Pragma(store, "cache_size");

    private static long Pragma(SqliteStore store, string name)
    {
        using var command = store.Command($"PRAGMA {name}");
        return (long)command.ExecuteScalar()!;
    }
}
