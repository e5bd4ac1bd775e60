namespace Reconciler.Ingest.Camt;

/// <summary>
/// Namespace-blind navigation: camt elements are found by local name along a path. Paths are
/// <c>params ReadOnlySpan</c> and the walks are plain loops, so navigating an entry allocates only the results.
/// </summary>
internal static class CamtXml
{
    public static CamtElement? Child(this CamtElement element, string name)
    {
        foreach (var child in element.Elements())
        {
            if (child.LocalName == name) return child;
        }
        return null;
    }

    /// <summary>Every child with this local name, in order.</summary>
    public static List<CamtElement> Children(this CamtElement element, string name)
    {
        var found = new List<CamtElement>();
        foreach (var child in element.Elements())
        {
            if (child.LocalName == name) found.Add(child);
        }
        return found;
    }

    /// <summary>The element at a path of local names ("Tp", "CdOrPrtry", "Cd"), or null.</summary>
    public static CamtElement? At(this CamtElement element, params ReadOnlySpan<string> path)
    {
        CamtElement? current = element;
        foreach (var name in path)
        {
            current = current.Child(name);
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>The trimmed text at a path, or null when absent or blank.</summary>
    public static string? Text(this CamtElement element, params ReadOnlySpan<string> path) => Value(element.At(path));

    public static string? Value(CamtElement? element)
    {
        if (element is null) return null;
        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Every element at a path where each step may repeat (NtryDtls/TxDtls), in document order.</summary>
    public static List<CamtElement> All(this CamtElement element, params ReadOnlySpan<string> path)
    {
        var found = new List<CamtElement>();
        Collect(element, path, found);
        return found;
    }

    private static void Collect(CamtElement element, ReadOnlySpan<string> path, List<CamtElement> found)
    {
        if (path.IsEmpty)
        {
            found.Add(element);
            return;
        }
        foreach (var child in element.Elements())
        {
            if (child.LocalName == path[0]) Collect(child, path[1..], found);
        }
    }
}
