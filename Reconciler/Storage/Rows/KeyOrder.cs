namespace Reconciler.Storage.Rows;

/// <summary>
/// A night's rows in their table's key order: the result tables are clustered on their keys (SQLite's WITHOUT ROWID,
/// SQL Server's clustered primary keys), so rows in key order append to the table instead of landing on random pages.
/// Rows that already come in order are only checked; the caller's list is never reordered (the reports read it meanwhile).
/// </summary>
internal static class KeyOrder
{
    public static T[] Sorted<T>(IEnumerable<T> rows, Comparison<T> compare)
    {
        var array = rows.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (compare(array[i - 1], array[i]) <= 0) continue;
            Array.Sort(array, compare);
            break;
        }
        return array;
    }

    /// <summary>
    /// In the order of a text key, compared ordinally, worked out once per row: a comparison that works the keys out (an
    /// exception's id) does so at every one of a sort's twenty-odd comparisons per row. Keys are unique in their table.
    /// </summary>
    public static T[] Sorted<T>(IEnumerable<T> rows, Func<T, string> key)
    {
        var array = rows.ToArray();
        var keys = new string[array.Length];
        for (var i = 0; i < array.Length; i++) keys[i] = key(array[i]);
        for (var i = 1; i < keys.Length; i++)
        {
            if (string.CompareOrdinal(keys[i - 1], keys[i]) <= 0) continue;
            Array.Sort(keys, array, StringComparer.Ordinal);
            break;
        }
        return array;
    }
}
