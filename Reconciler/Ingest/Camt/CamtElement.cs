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
    // Children as a sibling chain: no list or array per element, and walking them allocates nothing.
    private CamtElement? firstChild;
    private CamtElement? lastChild;
    private CamtElement? nextSibling;
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

    public bool HasElements => firstChild is not null;

    /// <summary>The child elements in document order; a struct, so <c>foreach</c> over it allocates nothing.</summary>
    public Children Elements() => new(firstChild);

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
            if (firstChild is null) return text ?? "";
            var builder = new StringBuilder();
            AppendValue(builder);
            return builder.ToString();
        }
    }

    public void AddAttribute(string name, string value) => (attributes ??= []).Add((name, value));

    public void AddText(string value)
    {
        if (firstChild is null)
        {
            text = text is null ? value : text + value;
            return;
        }
        if (mixed is null)
        {
            mixed = [];
            foreach (var child in Elements()) mixed.Add(child);
        }
        mixed.Add(value);
    }

    public void AddChild(CamtElement child)
    {
        child.Parent = this;
        if (text is not null && mixed is null) mixed = [text];
        if (lastChild is null) firstChild = child;
        else lastChild.nextSibling = child;
        lastChild = child;
        mixed?.Add(child);
    }

    private void AppendValue(StringBuilder builder)
    {
        if (firstChild is null)
        {
            builder.Append(text);
            return;
        }
        if (mixed is null)
        {
            foreach (var child in Elements()) child.AppendValue(builder);
            return;
        }
        foreach (var item in mixed)
        {
            if (item is CamtElement element) element.AppendValue(builder);
            else builder.Append((string)item);
        }
    }

    /// <summary>Enumerates a sibling chain without allocating.</summary>
    public readonly struct Children(CamtElement? first)
    {
        public Enumerator GetEnumerator() => new(first);

        public struct Enumerator(CamtElement? first)
        {
            private CamtElement? next = first;

            public CamtElement Current { get; private set; } = null!;

            public bool MoveNext()
            {
                if (next is null) return false;
                Current = next;
                next = next.nextSibling;
                return true;
            }
        }
    }
}
