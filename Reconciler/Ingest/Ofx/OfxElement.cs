namespace Reconciler.Ingest.Ofx;

/// <summary>One OFX element: an aggregate with children, or a leaf with text. Built tolerantly from SGML or XML.</summary>
internal sealed class OfxElement(string name, int line)
{
    public string Name { get; } = name;

    /// <summary>The 1-based line of the opening tag.</summary>
    public int Line { get; } = line;

    /// <summary>The leaf's text, entities decoded and trimmed; null for an aggregate.</summary>
    public string? Text { get; set; }

    public OfxElement? Parent { get; set; }

    private List<OfxElement>? _children;

    /// <summary>The child elements; most elements are leaves, which get no list of their own.</summary>
    public IReadOnlyList<OfxElement> Children => (IReadOnlyList<OfxElement>?)_children ?? [];

    /// <summary>The children for the tree builder to change (made on first use).</summary>
    public List<OfxElement> MutableChildren => _children ??= [];

    /// <summary>Whether a closing tag was seen for it.</summary>
    public bool Closed { get; set; }

    public OfxElement? Child(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name) return child;
        }
        return null;
    }

    /// <summary>The text of a direct child leaf; null when absent, "" when present but empty.</summary>
    public string? Value(string name) => Child(name) is { } child ? child.Text?.Trim() ?? "" : null;

    /// <summary>The text at a path of child names ("LEDGERBAL", "BALAMT").</summary>
    public OfxElement? At(params string[] path)
    {
        var here = this;
        foreach (var step in path)
        {
            here = here.Child(step);
            if (here is null) return null;
        }
        return here;
    }

    /// <summary>Every element below this one with the name, depth first, in document order.</summary>
    public IEnumerable<OfxElement> Descendants(string name)
    {
        var stack = new Stack<OfxElement>();
        for (var k = Children.Count - 1; k >= 0; k--) stack.Push(Children[k]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.Name == name) yield return element;
            for (var k = element.Children.Count - 1; k >= 0; k--) stack.Push(element.Children[k]);
        }
    }
}
