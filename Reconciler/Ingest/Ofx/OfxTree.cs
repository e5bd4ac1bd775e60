using System.Runtime.CompilerServices;
namespace Reconciler.Ingest.Ofx;

/// <summary>
/// Builds the element tree of an OFX body, SGML (1.x: leaf tags left open) or XML (2.x: all closed), without an XML library.
/// A tag followed by text is a leaf, closed at the next tag. An element never closed is an empty leaf: when an ancestor closes,
/// whatever was nested under it by mistake moves up to its parent. A DOCTYPE is refused (XML 2.x must not carry DTDs).
/// Leaf text stays a range of the source until read. A STMTTRN is read as soon as its closing tag is seen (a closed
/// element's subtree never changes again) and its children are let go, so the tree of a large file stays small.
/// </summary>
internal sealed class OfxTree
{
    /// <summary>Real OFX nests under 15 levels; far deeper is an attack or garbage, refused.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly string _file;
    private readonly List<ParseProblem> _problems;
    private readonly List<OfxElement> _stack = [];
    private readonly OfxElementPool _pool = new();

    /// <summary>Statement and STATUS tags opened so far: a STMTTRN with one of those inside is kept whole, as the reader looks for them.</summary>
    private int _sought;

    /// <summary>Names seen lately, by a hash of length and end characters: most tags are one of a dozen names.</summary>
    private readonly string?[] _recent = new string?[256];

    private OfxTree(string text, string file, List<ParseProblem> problems)
    {
        _text = text;
        _file = file;
        _problems = problems;
    }

    public static OfxElement Build(string text, int start, int firstLine, string file, List<ParseProblem> problems) =>
        new OfxTree(text, file, problems).Build(start, firstLine);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private OfxElement Build(int start, int firstLine)
    {
        var text = _text;
        var stack = _stack;
        var root = new OfxElement("#document", firstLine) { Closed = true };
        stack.Add(root);
        var line = firstLine;
        var position = start;
        while (position < text.Length)
        {
            var open = text.IndexOf('<', position);
            var textEnd = open < 0 ? text.Length : open;
            var content = text.AsSpan(position, textEnd - position);
            var top = stack[^1];
            if (top != root && top.ChildCount == 0 && !top.HasText && !content.IsWhiteSpace())
            {
                var lead = content.Length - content.TrimStart().Length;
                top.SetText(text, position + lead, content.Trim().Length);
            }
            line += content.Count('\n');
            if (open < 0) break;

            var close = text.IndexOf('>', open + 1);
            if (close < 0)
            {
                _problems.Add(ParseProblem.Error(_file, $"line {line}", null, "a tag is not closed with '>' before the end of the file"));
                break;
            }
            var tag = text.AsSpan(open + 1, close - open - 1);
            var tagLine = line;
            line += tag.Count('\n');
            position = close + 1;
            if (tag.StartsWith("!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                _problems.Add(ParseProblem.Error(_file, $"line {tagLine}", null, "the file declares a DTD (<!DOCTYPE>); DTDs are refused"));
                continue;
            }
            if (tag.StartsWith("!--"))
            {
                var end = text.IndexOf("-->", open, StringComparison.Ordinal);
                position = end < 0 ? text.Length : end + 3;
                continue;
            }
            if (tag.Length == 0 || tag[0] is '?' or '!') continue;

            // A leaf with text ends at the next tag, whatever that tag is.
            if (top != root && top.HasText && top.ChildCount == 0 && !(tag[0] == '/' && NameOf(tag[1..]) == top.Name))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            if (tag[0] == '/') CloseTo(NameOf(tag[1..]), tagLine);
            else
            {
                var selfClosing = tag[^1] == '/';
                var name = NameOf(selfClosing ? tag[..^1] : tag);
                if (name is "STMTRS" or "CCSTMTRS" or "INVSTMTRS" or "STATUS") _sought++;
                var element = _pool.Element(name, tagLine);
                element.Parent = stack[^1];
                element.OpenedBefore = _sought;
                stack[^1].AddChild(element, _pool);
                if (selfClosing) element.Closed = true;
                else stack.Add(element);
                if (stack.Count > MaxDepth)
                {
                    _problems.Add(ParseProblem.Error(_file, $"line {tagLine}", null, $"elements are nested deeper than {MaxDepth} levels; the file is refused"));
                    break;
                }
            }
        }
        while (stack.Count > 1) Pop();
        return root;
    }

    /// <summary>
    /// <see cref="OfxNames.Of"/>, faster for a tag that is exactly a name seen before (no attribute, no space, upper case),
    /// which is then that name: found here with one comparison instead of trimming, checking and hashing each tag.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string NameOf(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty) return OfxNames.Of(tag);
        var slot = ((tag.Length * 7) + tag[0] + (tag[^1] * 3)) & 255;
        if (_recent[slot] is { } seen && tag.SequenceEqual(seen)) return seen;
        var name = OfxNames.Of(tag);
        if (tag.SequenceEqual(name)) _recent[slot] = name;
        return name;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CloseTo(string name, int line)
    {
        var stack = _stack;
        var at = stack.Count - 1;
        while (at >= 0 && stack[at].Name != name) at--;
        if (at <= 0)
        {
            _problems.Add(ParseProblem.Warning(_file, $"line {line}", name, $"closing tag </{name}> has no opening tag; ignored"));
            return;
        }
        while (stack.Count > at + 1) Pop();
        var element = stack[^1];
        element.Closed = true;
        if (element.ChildCount == 0) element.EnsureText();
        stack.RemoveAt(stack.Count - 1);
        // Nothing can change under a closed element any more, so a transaction is read now; one holding a statement or a
        // STATUS (garbage, but the reader looks for those anywhere) keeps its children.
        if (element.Name == "STMTTRN" && element.ChildCount > 0 && element.OpenedBefore == _sought)
            element.Prune(OfxTransactionDraft.Read(_file, element), _pool);
    }

    /// <summary>Removes the innermost open element; one never closed was an empty SGML leaf, so its children move up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pop()
    {
        var stack = _stack;
        var element = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (element.Closed || element.ChildCount == 0)
        {
            if (element.ChildCount == 0) element.EnsureText();
            return;
        }
        var parent = element.Parent!;
        var index = parent.MutableChildren.IndexOf(element);
        foreach (var child in element.Children) child.Parent = parent;
        parent.MutableChildren.InsertRange(index + 1, element.Children);
        element.MutableChildren.Clear();
        element.EnsureText();
    }
}
