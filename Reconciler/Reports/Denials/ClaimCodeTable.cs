using System.Text.Json;
using Reconciler.Configuration;

namespace Reconciler.Reports.Denials;

/// <summary>
/// A table of CARC or RARC codes (config/codes/carc.json, rarc.json): the shipped file, then the user's
/// <c>*.local.json</c> beside it, which adds codes or overrides ours. Codes not in the table are shown as the code alone.
/// </summary>
public sealed class ClaimCodeTable
{
    private readonly Dictionary<string, ClaimCode> codes;

    public ClaimCodeTable(IEnumerable<ClaimCode> codes)
    {
        this.codes = new Dictionary<string, ClaimCode>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes) this.codes[code.Code] = code;
    }

    public static ClaimCodeTable Empty { get; } = new([]);

    public int Count => codes.Count;

    public ClaimCode? Find(string code) => codes.GetValueOrDefault(code.Trim());

    /// <summary>The code's description, or the code itself when the table does not know it.</summary>
    public string Describe(string code) => Find(code)?.Text ?? code;

    /// <summary>Reads <paramref name="name"/>.json and then <paramref name="name"/>.local.json from <paramref name="folder"/>; every problem is a configuration error.</summary>
    public static ClaimCodeTable Load(string folder, string name)
    {
        var all = new List<ClaimCode>();
        var errors = new List<string>();
        foreach (var file in new[] { Path.Combine(folder, name + ".json"), Path.Combine(folder, name + ".local.json") })
        {
            if (File.Exists(file)) all.AddRange(Read(file, errors));
        }
        if (errors.Count > 0) throw new ConfigurationError($"code table {name}: {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        return new ClaimCodeTable(all);
    }

    /// <summary>The codes of one file; its problems (named by file and code) go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<ClaimCode> Read(string file, List<string> errors)
    {
        var name = Path.GetFileName(file);
        JsonDocument document;
        try { document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { errors.Add($"{name}: not valid JSON ({e.Message})"); return []; }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("codes", out var table) || table.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{name}: needs an object \"codes\" (code -> {{ \"text\", \"category\", \"correctable\" }})");
                return [];
            }
            var result = new List<ClaimCode>();
            foreach (var entry in table.EnumerateObject())
            {
                if (ClaimCodeEntry.Read(name, entry, errors) is { } code) result.Add(code);
            }
            return result;
        }
    }
}
