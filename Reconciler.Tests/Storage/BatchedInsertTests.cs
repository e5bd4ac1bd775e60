using Microsoft.Data.Sqlite;
using Reconciler.Storage;
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
            for (var i = 0; i < texts.Length; i++) insert.Int(i).Text(texts[i]).EndRow();
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

    [Test]
    public void Rows_PastOneStatement_AreAllWritten_WithTheirTypes()
    {
        const int rows = BatchedInsert.RowsPerStatement * 2 + 37;
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("t.db"));
        store.Execute("CREATE TABLE t (n INTEGER, d TEXT, a INTEGER, m INTEGER, s TEXT)");
        using (var transaction = store.Connection.BeginTransaction())
        {
            using var insert = new BatchedInsert(store.Connection, transaction, "t", ["n", "d", "a", "m", "s"]);
            for (var i = 0; i < rows; i++)
            {
                insert.Int(i).Date(i % 2 == 0 ? new DateOnly(2024, 1, 1).AddDays(i) : null).Amount(i * 1.2345m).Amount(i % 3 == 0 ? null : -i)
                    .Text(i % 5 == 0 ? null : $"row {i}").EndRow();
            }
            insert.Finish();
            transaction.Commit();
        }

        using var command = store.Command("SELECT n, d, a, m, s FROM t ORDER BY n");
        using var reader = command.ExecuteReader();
        var read = 0;
        while (reader.Read())
        {
            var i = (int)reader.GetInt64(0);
            Assert.That(i, Is.EqualTo(read++));
            Assert.That(reader.IsDBNull(1) ? null : reader.GetString(1), Is.EqualTo(i % 2 == 0 ? SqliteStore.Date(new DateOnly(2024, 1, 1).AddDays(i)) : null));
            Assert.That(reader.GetInt64(2), Is.EqualTo(Fixed4.ToStore(i * 1.2345m)));
            Assert.That(reader.IsDBNull(3) ? (long?)null : reader.GetInt64(3), Is.EqualTo(i % 3 == 0 ? null : (long?)Fixed4.ToStore(-i)));
            Assert.That(reader.IsDBNull(4) ? null : reader.GetString(4), Is.EqualTo(i % 5 == 0 ? null : $"row {i}"));
        }
        Assert.That(read, Is.EqualTo(rows));
    }

    [Test]
    public void Characters_GivenFromOneReusedBuffer_AreStoredAsTheirTexts_PastSeveralStatements()
    {
        const int rows = BatchedInsert.RowsPerStatement * 3 + 5;
        string TextOf(int i) => i % 7 == 0 ? "" : string.Concat(Enumerable.Repeat($"Grüße {i}; ", i % 40 + 1));
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("t.db"));
        store.Execute("CREATE TABLE t (n INTEGER, v TEXT)");
        using (var transaction = store.Connection.BeginTransaction())
        {
            using var insert = new BatchedInsert(store.Connection, transaction, "t", ["n", "v"]);
            var buffer = new char[4096];
            for (var i = 0; i < rows; i++)
            {
                var text = TextOf(i);
                text.CopyTo(buffer);
                insert.Int(i).Chars(buffer.AsSpan(0, text.Length)).EndRow();
                buffer.AsSpan().Fill('#'); // the caller reuses its buffer at once: what was given must have been copied
            }
            insert.Finish();
            transaction.Commit();
        }

        using var command = store.Command("SELECT n, v FROM t ORDER BY n");
        using var reader = command.ExecuteReader();
        var read = new List<string>();
        while (reader.Read()) read.Add(reader.GetString(1));
        Assert.That(read, Is.EqualTo(Enumerable.Range(0, rows).Select(TextOf).ToList()));
    }

    [Test]
    public void ARow_OfTheWrongWidth_IsRefused()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("t.db"));
        store.Execute("CREATE TABLE t (n INTEGER, v TEXT)");
        using var transaction = store.Connection.BeginTransaction();
        using var insert = new BatchedInsert(store.Connection, transaction, "t", ["n", "v"]);
        Assert.That(() => insert.Int(1).EndRow(), Throws.InvalidOperationException);
    }
}
