
namespace Reconciler.Ingest.Camt;

/// <summary>Namespace-blind navigation: camt elements are found by local name along a path.</summary>
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

    public static IEnumerable<CamtElement> Children(this CamtElement element, string name) =>
        element.Elements().Where(e => e.LocalName == name);

    /// <summary>The element at a path of local names ("Tp", "CdOrPrtry", "Cd"), or null.</summary>
    public static CamtElement? At(this CamtElement element, params string[] path)
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
    public static string? Text(this CamtElement element, params string[] path) => Value(element.At(path));

    public static string? Value(CamtElement? element)
    {
        if (element is null) return null;
        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Every element at a path where each step may repeat (NtryDtls/TxDtls).</summary>
    public static IEnumerable<CamtElement> All(this CamtElement element, params string[] path)
    {
        IEnumerable<CamtElement> current = [element];
        foreach (var name in path) current = current.SelectMany(e => e.Children(name));
        return current;
    }
}
