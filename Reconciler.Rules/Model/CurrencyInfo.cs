namespace Reconciler.Rules.Model;

/// <summary>ISO 4217 facts the engine needs: minor units (for implied decimals and rounding) and code shape.</summary>
public static class CurrencyInfo
{
    // Only the exceptions are listed; every other currency has two minor units (ISO 4217).
    private static readonly Dictionary<string, int> NonTwoDecimal = new(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0,
        ["KRW"] = 0, ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0,
        ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    /// <summary>The number of decimals of <paramref name="currency"/>'s minor unit.</summary>
    public static int MinorUnits(string currency) =>
        NonTwoDecimal.TryGetValue(currency, out var units) ? units : 2;

    /// <summary>Whether <paramref name="code"/> has the shape of an ISO 4217 code (three upper-case letters).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');
}
