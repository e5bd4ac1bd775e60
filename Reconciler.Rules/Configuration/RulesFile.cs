using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Configuration;

/// <summary>
/// rules.json: ordered lists of rules per section ("settlement", "cash", "claims"), each
/// <c>{ "name": ..., "mode": "auto" | "review", "options": { ... } }</c>, and engine options. Loading
/// either gives a rule set or every error found, so a bad file fails once at start-up with all of them.
/// </summary>
public static class RulesFile
{
    public static (RuleSet? Rules, IReadOnlyList<string> Errors) Parse(string json, string source = "rules.json")
    {
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return (null, [$"{source}: not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, [$"{source}: the top level must be an object"]);
            foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("settlement" or "cash" or "claims" or "options")))
                errors.Add($"{source}: unknown section '{property.Name}' (known: settlement, cash, claims, options)");

            var settlement = Section(root, "settlement", RuleRegistry.Settlement, source, errors).Select(r => r.Rule).ToList();
            var cash = Section(root, "cash", RuleRegistry.Cash, source, errors);
            var claims = Section(root, "claims", RuleRegistry.Claims, source, errors);
            var engine = new RuleOptionReader($"{source} options", root.TryGetProperty("options", out var o) ? o : null, errors);
            var options = new MatchingOptions
            {
                StaleAfterDays = engine.Int("staleAfterDays", 30, 1, 3650),
                AutoApplyMinConfidence = engine.Decimal("autoApplyMinConfidence", 0m, 0m, 1m),
            };
            engine.Done();
            if (errors.Count > 0) return (null, errors);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root.GetRawText())))[..16];
            return (new RuleSet { Settlement = settlement, Cash = cash, Claims = claims, Options = options, Hash = hash }, errors);
        }
    }

    private static List<(T Rule, RuleMode Mode)> Section<T>(JsonElement root, string section, IReadOnlyDictionary<string, Func<RuleOptionReader, T>> registry, string source, List<string> errors)
    {
        var rules = new List<(T, RuleMode)>();
        if (!root.TryGetProperty(section, out var list)) return rules;
        if (list.ValueKind != JsonValueKind.Array) { errors.Add($"{source}: '{section}' must be a list"); return rules; }
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var where = $"{source} {section}[{index++}]";
            var name = entry.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : null;
            if (name is null) { errors.Add($"{where}: every rule needs a \"name\""); continue; }
            if (!registry.TryGetValue(name, out var factory))
            {
                errors.Add($"{where}: unknown rule '{name}'; valid {section} rules: {string.Join(", ", registry.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }
            var mode = RuleMode.Auto;
            if (entry.TryGetProperty("mode", out var m))
            {
                var text = m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                if (text is "off") continue;
                if (text == "review") mode = RuleMode.Review;
                else if (text != "auto") errors.Add($"{where}: mode must be \"auto\", \"review\" or \"off\"");
            }
            foreach (var property in entry.EnumerateObject().Where(p => p.Name is not ("name" or "mode" or "options")))
                errors.Add($"{where}: unknown key '{property.Name}' (known: name, mode, options)");
            var reader = new RuleOptionReader($"{where} ({name})", entry.TryGetProperty("options", out var o) ? o : null, errors);
            var rule = factory(reader);
            reader.Done();
            rules.Add((rule, mode));
        }
        return rules;
    }
}
