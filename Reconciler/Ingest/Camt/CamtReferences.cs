
namespace Reconciler.Ingest.Camt;

/// <summary>Collects references distinct and in order, and joins remittance text.</summary>
internal sealed class CamtReferences
{
    /// <summary>SEPA writes this when the originator gave no end-to-end reference.</summary>
    public const string NotProvided = "NOTPROVIDED";

    private readonly List<string> values = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Values => values;

    public void Add(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var trimmed = value.Trim();
        if (trimmed.Equals(NotProvided, StringComparison.OrdinalIgnoreCase)) return;
        if (seen.Add(trimmed)) values.Add(trimmed);
    }

    public void AddRange(IEnumerable<string?> references)
    {
        foreach (var reference in references) Add(reference);
    }

    /// <summary>
    /// Concatenates <c>Ustrd</c> lines: a line filled to the 140-character limit continues straight into the next
    /// (the bank cut the text there), a shorter one is followed by a space.
    /// </summary>
    public static string? JoinUnstructured(IEnumerable<CamtElement> lines)
    {
        var text = "";
        var previousFull = false;
        foreach (var line in lines)
        {
            var value = line.Value;
            if (value.Trim().Length == 0) continue;
            text = text.Length == 0 ? value.Trim() : previousFull ? text + value.TrimEnd() : text + " " + value.Trim();
            previousFull = value.Length >= 140;
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>Joins the non-empty parts with " | ", leaving out a part already contained in an earlier one.</summary>
    public static string? Join(params string?[] parts)
    {
        var kept = new List<string>();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            if (kept.Any(k => k.Contains(part.Trim(), StringComparison.Ordinal))) continue;
            kept.Add(part.Trim());
        }
        return kept.Count == 0 ? null : string.Join(" | ", kept);
    }
}
