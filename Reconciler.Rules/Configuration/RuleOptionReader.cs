using System.Text.Json;

namespace Reconciler.Rules.Configuration;

/// <summary>
/// Reads one rule's "options" object with defaults, collecting every error instead of stopping at the
/// first, and noticing options nobody asked for (a misspelt option is an error, not silently ignored).
/// </summary>
public sealed class RuleOptionReader(string where, JsonElement? options, List<string> errors)
{
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public decimal Decimal(string name, decimal fallback, decimal min = decimal.MinValue, decimal max = decimal.MaxValue) =>
        Read(name, fallback, e => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d) && d >= min && d <= max ? d : null,
            $"a number between {min} and {max}");

    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue) =>
        Read(name, fallback, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= min && i <= max ? i : (int?)null,
            $"a whole number between {min} and {max}");

    public bool Bool(string name, bool fallback) =>
        Read(name, fallback, e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : (bool?)null, "true or false");

    public IReadOnlyList<string> Strings(string name, IReadOnlyList<string> fallback) =>
        Read<IReadOnlyList<string>>(name, fallback, e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String)
            ? e.EnumerateArray().Select(x => x.GetString()!).ToList() : null, "a list of strings");

    public IReadOnlyList<T> List<T>(string name, IReadOnlyList<T> fallback, Func<RuleOptionReader, T> item)
    {
        _read.Add(name);
        if (!TryGet(name, out var value)) return fallback;
        if (value.ValueKind != JsonValueKind.Array) { errors.Add($"{where}: option '{name}' must be a list"); return fallback; }
        return value.EnumerateArray().Select((e, i) =>
        {
            var reader = new RuleOptionReader($"{where} {name}[{i}]", e, errors);
            var result = item(reader);
            reader.Done();
            return result;
        }).ToList();
    }

    /// <summary>Reports options that were given but never read.</summary>
    public void Done()
    {
        if (options is not { ValueKind: JsonValueKind.Object } o) return;
        foreach (var property in o.EnumerateObject().Where(p => !_read.Contains(p.Name)))
            errors.Add($"{where}: unknown option '{property.Name}'" + (_read.Count > 0 ? $" (known: {string.Join(", ", _read)})" : " (this rule takes no options)"));
    }

    private T Read<T>(string name, T fallback, Func<JsonElement, T?> parse, string expected)
    {
        _read.Add(name);
        if (!TryGet(name, out var value)) return fallback;
        var parsed = parse(value);
        if (parsed is null) { errors.Add($"{where}: option '{name}' must be {expected}"); return fallback; }
        return parsed;
    }

    private T Read<T>(string name, T fallback, Func<JsonElement, T?> parse, string expected) where T : struct
    {
        _read.Add(name);
        if (!TryGet(name, out var value)) return fallback;
        var parsed = parse(value);
        if (parsed is null) { errors.Add($"{where}: option '{name}' must be {expected}"); return fallback; }
        return parsed.Value;
    }

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        if (options is not { ValueKind: JsonValueKind.Object } o) return false;
        foreach (var property in o.EnumerateObject())
        {
            if (!property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            value = property.Value;
            return true;
        }
        return false;
    }
}
