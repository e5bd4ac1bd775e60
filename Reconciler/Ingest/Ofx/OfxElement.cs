using System.Runtime.CompilerServices;
namespace Reconciler.Ingest.Ofx;

/// <summary>One OFX element: an aggregate with children, or a leaf with text. Built tolerantly from SGML or XML.</summary>
internal sealed class OfxElement(string name, int line)
{
    public string Name { get; private set; } = name;

    /// <summary>The 1-based line of the opening tag.</summary>
    public int Line { get; private set; } = line;

    // A leaf's text stays where it is in the file (trimmed, entities not yet decoded) until someone asks for it:
    // most leaves are read once, as a span, and never become a string of their own.
    private string? _source;
    private int _textStart;
    private int _textLength = -1;

    /// <summary>The leaf's text, entities decoded and trimmed; null for an aggregate.</summary>
    public string? Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _textLength < 0 ? null : OfxEntities.Decode(RawText);
    }

    /// <summary>The leaf's text as written (trimmed, entities not decoded); empty for an aggregate.</summary>
    public ReadOnlySpan<char> RawText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _textLength <= 0 ? default : _source.AsSpan(_textStart, _textLength);
    }

    public bool HasText => _textLength >= 0;

    /// <summary>Sets the text to the (already trimmed) range of the source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetText(string source, int start, int length)
    {
        _source = source;
        _textStart = start;
        _textLength = length;
    }

    /// <summary>Makes an element with no text and no children an empty leaf ("" rather than null).</summary>
    public void EnsureText()
    {
        if (_textLength < 0) _textLength = 0;
    }

    public OfxElement? Parent { get; set; }

    private List<OfxElement>? _children;

    /// <summary>The child elements; most elements are leaves, which get no list of their own.</summary>
    public IReadOnlyList<OfxElement> Children => (IReadOnlyList<OfxElement>?)_children ?? [];

    /// <summary>The children for reading in a loop (no enumerator object); valid until the list next changes.</summary>
    public ReadOnlySpan<OfxElement> ChildSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_children);

    public int ChildCount => _children?.Count ?? 0;

    /// <summary>The children for the tree builder to change (made on first use).</summary>
    public List<OfxElement> MutableChildren => _children ??= [];

    /// <summary>Whether a closing tag was seen for it.</summary>
    public bool Closed { get; set; }

    /// <summary>How many statement or STATUS tags the file had opened before this one (see <see cref="OfxTree"/>).</summary>
    public int OpenedBefore { get; set; }

    /// <summary>A closed STMTTRN already read by <see cref="OfxTransactionDraft"/>; its children were then let go.</summary>
    public OfxTransactionDraft? Draft { get; private set; }

    /// <summary>Keeps the draft instead of the children, which go back to <paramref name="pool"/> to make later elements of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Prune(OfxTransactionDraft draft, OfxElementPool pool)
    {
        Draft = draft;
        if (_children is null) return;
        foreach (var child in _children) child.Recycle(pool);
        pool.Return(_children);
        _children = null;
    }

    /// <summary>Gives this element and everything under it to the pool; nothing may refer to them any more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Recycle(OfxElementPool pool)
    {
        if (_children is not null)
        {
            foreach (var child in _children) child.Recycle(pool);
            pool.Return(_children);
        }
        pool.Return(this);
    }

    /// <summary>Makes a pooled element new again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reset(string name, int line)
    {
        Name = name;
        Line = line;
        _source = null;
        _textStart = 0;
        _textLength = -1;
        Parent = null;
        _children = null;
        Closed = false;
        OpenedBefore = 0;
        Draft = null;
    }

    /// <summary>Adds a child, taking the list from the pool when this is the first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddChild(OfxElement child, OfxElementPool pool) => (_children ??= pool.List()).Add(child);

    public OfxElement? Child(string name)
    {
        if (_children is null) return null;
        foreach (var child in _children)
        {
            if (ReferenceEquals(child.Name, name) || child.Name == name) return child;
        }
        return null;
    }

    /// <summary>The text of a direct child leaf; null when absent, "" when present but empty.</summary>
    public string? Value(string name) => Child(name) is { } child ? child.Text?.Trim() ?? "" : null;

    /// <summary>Every element below this one with the name, depth first, in document order.</summary>
    public List<OfxElement> Descendants(string name)
    {
        var found = new List<OfxElement>();
        Collect(name, found);
        return found;
    }

    /// <summary>Recursion is bounded: the tree is never deeper than <see cref="OfxTree.MaxDepth"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Collect(string name, List<OfxElement> into)
    {
        foreach (var child in ChildSpan)
        {
            if (child.Name == name) into.Add(child);
            child.Collect(name, into);
        }
    }

    /// <summary>
    /// CURRENCY/CURSYM (or ORIGCURRENCY/CURSYM) values below this element, upper-cased, null for an aggregate CURSYM;
    /// a pruned STMTTRN answers with the ones its draft kept. The order is not document order: callers compare sets.
    /// The list is made on the first one found. Recursion is bounded by <see cref="OfxTree.MaxDepth"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CollectSymbols(ref List<string?>? into)
    {
        if (Draft?.Symbols is { } kept) (into ??= []).AddRange(kept);
        if (_children is null) return;
        foreach (var child in _children)
        {
            if (child.Name == "CURSYM") (into ??= []).Add(child.Text?.Trim().ToUpperInvariant());
            child.CollectSymbols(ref into);
        }
    }
}
