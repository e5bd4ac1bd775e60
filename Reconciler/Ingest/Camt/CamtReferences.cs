
namespace Reconciler.Ingest.Camt;

/// <summary>Collects references distinct and in order, and joins remittance text.</summary>
internal sealed class CamtReferences
{
    /// <summary>SEPA writes this when the originator gave no end-to-end reference.</summary>
    public const string NotProvided = "NOTPROVIDED";

    /// <summary>Beyond this many values a set is kept; below it a scan of the list is cheaper than the set.</summary>
    private const int ScanLimit = 16;

    private readonly List<string> values = [];
    private HashSet<string>? seen;

    public IReadOnlyList<string> Values => values;

    public void Add(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var trimmed = value.Trim();
        if (trimmed.Equals(NotProvided, StringComparison.OrdinalIgnoreCase)) return;
        if (seen is null)
        {
            if (values.Contains(trimmed)) return;
            values.Add(trimmed);
            if (values.Count > ScanLimit) seen = new HashSet<string>(values, StringComparer.Ordinal);
        }
        else if (seen.Add(trimmed))
        {
            values.Add(trimmed);
        }
    }

    public void AddRange(IEnumerable<string?> references)
    {
        foreach (var reference in references) Add(reference);
    }

    /// <summary>
    /// Concatenates <c>Ustrd</c> lines: a line filled to the 140-character limit continues straight into the next
    /// (the bank cut the text there), a shorter one is followed by a space.
    /// </summary>
    public static string? JoinUnstructured(List<CamtElement> lines)
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
    public static string? Join(params ReadOnlySpan<string?> parts)
    {
        List<string>? kept = null;
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            var trimmed = part.Trim();
            if (kept is not null && ContainedIn(kept, trimmed)) continue;
            (kept ??= []).Add(trimmed);
        }
        return kept switch
        {
            null => null,
            [var only] => only,
            _ => string.Join(" | ", kept),
        };
    }

    private static bool ContainedIn(List<string> kept, string part)
    {
        foreach (var earlier in kept)
        {
            if (earlier.Contains(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
