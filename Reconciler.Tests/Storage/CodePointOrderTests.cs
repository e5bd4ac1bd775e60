using Microsoft.Data.Sqlite;
using Reconciler.Storage.Rows;

namespace Reconciler.Tests.Storage;

public sealed class CodePointOrderTests
{
    /// <summary>
    /// Kept rows are put in the order the store's ORDER BY gives: SQLite's (UTF-8 bytes, that is code points), where a
    /// supplementary character (a surrogate pair in .NET) comes after U+E000-FFFF although ordinal UTF-16 order puts it before.
    /// </summary>
    [Test]
    public void Texts_SortAsSqliteOrdersThem_SupplementaryCharactersAfterThePrivateUseArea()
    {
        string[] texts = ["INV-2", "INV-10", "INV-\uE000", "INV-\U0001F642", "INV-\uFFFD", "inv-1", "INV-", "INV-é", "INV-日本"];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (k TEXT)";
            create.ExecuteNonQuery();
        }
        foreach (var text in texts)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES (@k)";
            insert.Parameters.AddWithValue("@k", text);
            insert.ExecuteNonQuery();
        }
        var bySqlite = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT k FROM t ORDER BY k";
            using var reader = select.ExecuteReader();
            while (reader.Read()) bySqlite.Add(reader.GetString(0));
        }

        Assert.That(texts.Order(CodePointOrder.Instance), Is.EqualTo(bySqlite));
        Assert.That(texts.Order(StringComparer.Ordinal), Is.Not.EqualTo(bySqlite), "ordinal UTF-16 order differs here, so the test can tell them apart");
    }
}
