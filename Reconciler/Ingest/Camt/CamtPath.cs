using System.Text;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Element paths for problems and locations: "Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt (line 42)". The
/// reader loads one subtree at a time; each loaded subtree is anchored with the path of its root.
/// </summary>
internal static class CamtPath
{
    /// <summary>Marks a loaded subtree's root with its path in the whole document.</summary>
    public static CamtElement Anchor(CamtElement element, string path)
    {
        element.AnchorPath = path;
        return element;
    }

    /// <summary>The element's path and line.</summary>
    public static string Of(CamtElement element) => $"{PathOf(element)}{LineSuffix(element)}";

    public static string PathOf(CamtElement element)
    {
        if (element.AnchorPath is { } anchored) return anchored; // the common case: an entry's own location
        var segments = new List<string>();
        string? prefix = null;
        for (var current = element; current is not null; current = current.Parent)
        {
            if (current.AnchorPath is { } anchor)
            {
                prefix = anchor;
                break;
            }
            segments.Add(Segment(current));
        }
        var builder = new StringBuilder(prefix ?? "");
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (builder.Length > 0) builder.Append('/');
            builder.Append(segments[i]);
        }
        return builder.ToString();
    }

    public static int Line(CamtElement node) => node.Line;

    /// <summary>" (line 42)", or nothing when the line is unknown.</summary>
    public static string LineSuffix(CamtElement node) => Line(node) is > 0 and var line ? $" (line {line})" : "";

    private static string Segment(CamtElement element)
    {
        var name = element.LocalName;
        if (element.Parent is not { } parent) return name;
        var index = 0;
        var count = 0;
        foreach (var sibling in parent.Elements())
        {
            if (sibling.LocalName != name) continue;
            count++;
            if (ReferenceEquals(sibling, element)) index = count;
        }
        return count > 1 ? $"{name}[{index}]" : name;
    }
}
