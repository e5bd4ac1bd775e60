namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Puts a run's rows in their clustered key's order before they are written (V006: each row then appends to its table's
/// B-tree). Rows that already come in that order, as most do, are checked in one pass and not sorted again; the rest are
/// sorted in place in one array, without LINQ's key arrays and iterators.
/// </summary>
internal static class KeyOrder
{
    public static T[] Sorted<T>(IEnumerable<T> rows, Func<T, string> key)
    {
        var array = rows.ToArray();
        if (!InOrder(array, key)) Array.Sort(array, (a, b) => string.CompareOrdinal(key(a), key(b)));
        return array;
    }

    private static bool InOrder<T>(T[] array, Func<T, string> key)
    {
        for (var i = 1; i < array.Length; i++)
            if (string.CompareOrdinal(key(array[i - 1]), key(array[i])) > 0) return false;
        return true;
    }
}
