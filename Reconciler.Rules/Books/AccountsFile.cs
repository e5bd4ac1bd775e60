using System.Text.Json;

namespace Reconciler.Rules.Books;

/// <summary>
/// config/accounts.json: each role's account code. <c>cash</c> and <c>processor_clearing</c> are objects (a
/// <c>default</c>, then overrides by bank account under <c>accounts</c>, or by batch kind); the other roles are strings.
/// Parsing gives a chart or every error found, so a bad file fails once at start-up with all of them.
/// </summary>
public static class AccountsFile
{
    private const int MaxCodeLength = 64;

    public static (AccountChart? Chart, IReadOnlyList<string> Errors) Parse(string json, string source = "accounts.json")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return (null, [$"{source}: not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, [$"{source}: the top level must be an object of roles"]);
            var errors = new List<string>();
            foreach (var property in root.EnumerateObject().Where(p => !AccountRole.All.Contains(p.Name)))
                errors.Add($"{source}: unknown role '{property.Name}' (known: {string.Join(", ", AccountRole.All)})");
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var role in AccountRole.All.Where(r => r is not (AccountRole.Cash or AccountRole.ProcessorClearing)))
            {
                if (!root.TryGetProperty(role, out var value))
                {
                    if (!AccountRole.Optional.ContainsKey(role)) errors.Add($"{source}: role '{role}' has no account code");
                }
                else if (Code(value, role, source, errors) is { } code) codes[role] = code;
            }
            var (cashDefault, cashByAccount) = Split(root, AccountRole.Cash, "accounts", source, errors);
            var (clearingDefault, clearingByKind) = Split(root, AccountRole.ProcessorClearing, null, source, errors);
            foreach (var kind in AccountRole.ClearingKinds.Where(k => !clearingByKind.ContainsKey(k)))
                errors.Add($"{source}: processor_clearing has no account code for '{kind}'");
            foreach (var kind in clearingByKind.Keys.Where(k => !AccountRole.ClearingKinds.Contains(k) && k != "pending"))
                errors.Add($"{source}: processor_clearing: unknown batch kind '{kind}' (known: {string.Join(", ", AccountRole.ClearingKinds)}, pending)");
            if (errors.Count > 0) return (null, errors);
            return (new AccountChart
            {
                Codes = codes, CashDefault = cashDefault!, CashByAccount = cashByAccount, ClearingDefault = clearingDefault!, ClearingByKind = clearingByKind,
            }, []);
        }
    }

    /// <summary>An object role: its "default" code and its overrides (under <paramref name="nested"/>, or beside the default).</summary>
    private static (string? Default, Dictionary<string, string> Overrides) Split(JsonElement root, string role, string? nested, string source, List<string> errors)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty(role, out var value)) { errors.Add($"{source}: role '{role}' has no account code"); return (null, overrides); }
        if (value.ValueKind != JsonValueKind.Object) { errors.Add($"{source}: '{role}' must be an object with a \"default\" code"); return (null, overrides); }
        string? fallback = null;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name == "default") fallback = Code(property.Value, $"{role}.default", source, errors);
            else if (nested is not null && property.Name == nested && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in property.Value.EnumerateObject())
                    if (Code(entry.Value, $"{role}.{nested}.{entry.Name}", source, errors) is { } code) overrides[entry.Name.Replace(" ", "", StringComparison.Ordinal)] = code;
            }
            else if (nested is not null) errors.Add($"{source}: '{role}' takes \"default\" and \"{nested}\" (an object of bank account to code), not '{property.Name}'");
            else if (Code(property.Value, $"{role}.{property.Name}", source, errors) is { } code) overrides[property.Name] = code;
        }
        if (fallback is null && !errors.Any(e => e.Contains($"'{role}.default'", StringComparison.Ordinal))) errors.Add($"{source}: '{role}' has no \"default\" code");
        return (fallback, overrides);
    }

    private static string? Code(JsonElement value, string where, string source, List<string> errors)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(text)) { errors.Add($"{source}: '{where}' must be a non-empty account code (a string)"); return null; }
        if (text.Length > MaxCodeLength || text.Any(char.IsControl)) { errors.Add($"{source}: '{where}' is not a usable account code (at most {MaxCodeLength} printable characters)"); return null; }
        return text;
    }
}
