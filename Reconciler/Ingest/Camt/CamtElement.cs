using System.Text;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// A light, read-only element tree for one loaded camt subtree (one <c>Ntry</c>, one <c>Bal</c>): local name, start
/// line, unqualified attributes, text and children. It replaces <c>CamtElement</c> with line info because that spent
/// most of the parse allocating annotations, subtree readers and names the reader never needs; the navigation
/// (<see cref="CamtXml"/>) and <see cref="Value"/> keep CamtElement's meaning.
/// </summary>
internal sealed class CamtElement(string localName, int line)
{
    private List<CamtElement>? children;
    private List<(string Name, string Value)>? attributes;
    private string? text;

    /// <summary>Text and children in document order, kept only for the rare element holding both.</summary>
    private List<object>? mixed;

    public string LocalName => localName;

    /// <summary>The line of the start tag; 0 when unknown.</summary>
    public int Line => line;

    public CamtElement? Parent { get; private set; }

    /// <summary>The path of a loaded subtree's root in the whole document ("Document/.../Ntry[3]"), else null.</summary>
    public string? AnchorPath { get; set; }

    public bool HasElements => children is { Count: > 0 };

    public IReadOnlyList<CamtElement> Elements() => (IReadOnlyList<CamtElement>?)children ?? [];

    /// <summary>The value of an attribute with no namespace (as <c>XElement.Attribute("Ccy")</c>), or null.</summary>
    public string? Attribute(string name)
    {
        if (attributes is null) return null;
        foreach (var (attributeName, value) in attributes)
        {
            if (attributeName == name) return value;
        }
        return null;
    }

    /// <summary>All text inside, descendants included, in document order (as <c>CamtElement.Value</c>).</summary>
    public string Value
    {
        get
        {
            if (children is null) return text ?? "";
            var builder = new StringBuilder();
            AppendValue(builder);
            return builder.ToString();
        }
    }

    public void AddAttribute(string name, string value) => (attributes ??= []).Add((name, value));

    public void AddText(string value)
    {
        if (children is null)
        {
            text = text is null ? value : text + value;
            return;
        }
        (mixed ??= [.. children]).Add(value);
    }

    public void AddChild(CamtElement child)
    {
        child.Parent = this;
        if (text is not null && mixed is null) mixed = [text];
        (children ??= []).Add(child);
        mixed?.Add(child);
    }

    private void AppendValue(StringBuilder builder)
    {
        if (children is null)
        {
            builder.Append(text);
            return;
        }
        if (mixed is null)
        {
            foreach (var child in children) child.AppendValue(builder);
            return;
        }
        foreach (var item in mixed)
        {
            if (item is CamtElement element) element.AppendValue(builder);
            else builder.Append((string)item);
        }
    }
}
