using System.Text.Json;

namespace Reconciler.Reports.Denials;

/// <summary>Reads and checks one entry of a code table file.</summary>
internal static class ClaimCodeEntry
{
    public static ClaimCode? Read(string file, JsonProperty entry, List<string> errors)
    {
        var code = entry.Name.Trim();
        var where = $"{file}: code '{code}'";
        if (code.Length is 0 or > 6 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add($"{file}: '{entry.Name}' is not a CARC/RARC code (1-6 letters or digits)");
            return null;
        }
        var value = entry.Value;
        if (value.ValueKind == JsonValueKind.String) return Text(value.GetString(), where, errors) is { } plain ? new ClaimCode(code, plain, null, null) : null;
        if (value.ValueKind != JsonValueKind.Object) { errors.Add($"{where}: must be a text or an object with \"text\""); return null; }

        var text = Text(value.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null, where, errors);
        string? category = null;
        if (value.TryGetProperty("category", out var c))
        {
            category = c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (category is null || !DenialCategory.All.Contains(category))
            {
                errors.Add($"{where}: category must be one of {string.Join(", ", DenialCategory.All)}");
                category = null;
            }
        }
        bool? correctable = null;
        if (value.TryGetProperty("correctable", out var k))
        {
            if (k.ValueKind is JsonValueKind.True or JsonValueKind.False) correctable = k.GetBoolean();
            else errors.Add($"{where}: correctable must be true or false");
        }
        return text is null ? null : new ClaimCode(code, text, category, correctable);
    }

    private static string? Text(string? text, string where, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(text) && text.Length <= 200) return text.Trim();
        errors.Add($"{where}: needs a \"text\" of 1 to 200 characters");
        return null;
    }
}
