using System.Text.Json;
using Reconciler.Rules.Rules.Customer;

namespace Reconciler.Configuration;

/// <summary>
/// Loads config/aliases.json, the payer aliases rule alias_customer reads beside the learned ones:
/// <c>{ "aliases": [ { "text": "ACME MFG", "customer": "C-1001" }, { "text": "ACME*", "customer": "C-1001" } ] }</c>.
/// A missing file means no configured aliases; a bad file is a configuration error listing every problem in it.
/// </summary>
public static class AliasesConfiguration
{
    public const string FileName = "aliases.json";

    public static IReadOnlyList<PayerAlias> Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        if (!File.Exists(path)) return [];
        var (aliases, problems) = Parse(File.ReadAllText(path));
        if (problems.Count > 0)
            throw new ConfigurationError($"{path} has {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        return aliases;
    }

    /// <summary>The aliases of the file's text, or every problem found in it.</summary>
    public static (IReadOnlyList<PayerAlias> Aliases, IReadOnlyList<string> Problems) Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return ([], [$"not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("aliases", out var list) || list.ValueKind != JsonValueKind.Array)
                return ([], ["the file must be an object with an \"aliases\" array"]);
            var aliases = new List<PayerAlias>();
            var problems = new List<string>();
            var customerOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                index++;
                var (alias, entryProblems) = Entry(entry, $"aliases[{index}]");
                problems.AddRange(entryProblems);
                if (alias is null) continue;
                var key = PayerAlias.Key(alias.Text);
                if (customerOf.TryGetValue(key, out var other) && other != alias.CustomerId)
                    problems.Add($"aliases[{index}]: text '{alias.Text}' is already an alias of {other}");
                customerOf.TryAdd(key, alias.CustomerId);
                aliases.Add(alias);
            }
            return (aliases, problems);
        }
    }

    private static (PayerAlias? Alias, List<string> Problems) Entry(JsonElement entry, string where)
    {
        if (entry.ValueKind != JsonValueKind.Object) return (null, [$"{where}: must be an object with \"text\" and \"customer\""]);
        var problems = entry.EnumerateObject().Where(p => p.Name is not ("text" or "customer"))
            .Select(p => $"{where}: unknown property \"{p.Name}\" (only \"text\" and \"customer\")").ToList();
        var text = Text(entry, "text");
        var customer = Text(entry, "customer");
        if (text is null) problems.Add($"{where}: \"text\" is missing or empty");
        else if (PayerAlias.Key(text).Replace("*", "", StringComparison.Ordinal).Length == 0) problems.Add($"{where}: text '{text}' would fit every payer");
        if (customer is null) problems.Add($"{where}: \"customer\" is missing or empty");
        return (problems.Count == 0 ? new PayerAlias(text!, customer!, PayerAlias.Configured) : null, problems);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;
}
