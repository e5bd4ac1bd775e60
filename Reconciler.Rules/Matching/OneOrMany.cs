using System.Runtime.InteropServices;

namespace Reconciler.Rules.Matching;

/// <summary>
/// A map whose value is one item, or a list once a key has several: most keys of the night's big indexes (an amount
/// owed, an invoice paid) have one item, and a list each was tens of megabytes on a night of a million.
/// </summary>
internal static class OneOrMany
{
    public static void Add<TKey, T>(Dictionary<TKey, object> map, TKey key, T item) where TKey : notnull where T : class
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out var exists);
        if (!exists) slot = item;
        else if (slot is List<T> several) several.Add(item);
        else slot = new List<T> { (T)slot!, item };
    }

    /// <summary>The items of <paramref name="key"/> in the order they were added; none when it has none.</summary>
    public static IReadOnlyList<T> Of<TKey, T>(Dictionary<TKey, object> map, TKey key) where TKey : notnull where T : class =>
        !map.TryGetValue(key, out var value) ? [] : value as List<T> ?? [(T)value];
}
