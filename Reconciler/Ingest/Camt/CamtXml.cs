using System.Xml.Linq;

namespace Reconciler.Ingest.Camt;

/// <summary>Namespace-blind navigation: camt elements are found by local name along a path.</summary>
internal static class CamtXml
{
    public static XElement? Child(this XElement element, string name)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == name) return child;
        }
        return null;
    }

    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The element at a path of local names ("Tp", "CdOrPrtry", "Cd"), or null.</summary>
    public static XElement? At(this XElement element, params string[] path)
    {
        XElement? current = element;
        foreach (var name in path)
        {
            current = current.Child(name);
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>The trimmed text at a path, or null when absent or blank.</summary>
    public static string? Text(this XElement element, params string[] path) => Value(element.At(path));

    public static string? Value(XElement? element)
    {
        if (element is null) return null;
        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Every element at a path where each step may repeat (NtryDtls/TxDtls).</summary>
    public static IEnumerable<XElement> All(this XElement element, params string[] path)
    {
        IEnumerable<XElement> current = [element];
        foreach (var name in path) current = current.SelectMany(e => e.Children(name));
        return current;
    }
}
