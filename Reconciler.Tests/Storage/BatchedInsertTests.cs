using Microsoft.Data.Sqlite;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public sealed class BatchedInsertTests
{
    [Test]
    public void Texts_AreStoredExactly_EmptyNonAsciiAndLoneSurrogatesIncluded()
    {
        string?[] texts = ["", "plain", "Müller & Søn — 日本", "emoji 🙂", "lone \uD800 surrogate", null];
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("t.db"));
        store.Execute("CREATE TABLE t (n INTEGER, v TEXT)");
        using (var transaction = store.Connection.BeginTransaction())
        {
            using var insert = new BatchedInsert(store.Connection, transaction, "t", ["n", "v"]);
            for (var i = 0; i < texts.Length; i++) insert.Add(i, texts[i]);
            insert.Finish();
            transaction.Commit();
        }

        using var expected = new SqliteConnection($"Data Source={folder.File("t.db")}");
        expected.Open();
        using (var command = new SqliteCommand("CREATE TABLE u (n INTEGER, v TEXT)", expected)) command.ExecuteNonQuery();
        for (var i = 0; i < texts.Length; i++)
        {
            using var command = new SqliteCommand("INSERT INTO u VALUES ($n, $v)", expected);
            command.Parameters.AddWithValue("$n", i);
            command.Parameters.AddWithValue("$v", (object?)texts[i] ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        using var compare = new SqliteCommand("SELECT COUNT(*) FROM t JOIN u ON u.n = t.n WHERE t.v IS u.v AND typeof(t.v) = typeof(u.v)", expected);
        Assert.That(compare.ExecuteScalar(), Is.EqualTo((long)texts.Length), "the same bytes as Microsoft.Data.Sqlite stores");
    }
}
