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
}
