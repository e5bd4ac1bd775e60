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

    public List<OfxElement> Children { get; } = [];

    /// <summary>Whether a closing tag was seen for it.</summary>
    public bool Closed { get; set; }

    public OfxElement? Child(string name) => Children.Find(c => c.Name == name);

    /// <summary>The text of a direct child leaf; null when absent, "" when present but empty.</summary>
    public string? Value(string name) => Child(name)?.Text?.Trim() ?? (Child(name) is null ? null : "");

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
