namespace Reconciler.Ingest.Ofx;

/// <summary>
/// Builds the element tree of an OFX body, SGML (1.x: leaf tags left open) or XML (2.x: all closed), without an XML library.
/// A tag followed by text is a leaf, closed at the next tag. An element never closed is an empty leaf: when an ancestor closes,
/// whatever was nested under it by mistake moves up to its parent. A DOCTYPE is refused (XML 2.x must not carry DTDs).
/// </summary>
internal static class OfxTree
{
    /// <summary>Real OFX nests under 15 levels; far deeper is an attack or garbage, refused.</summary>
    public const int MaxDepth = 64;

    public static OfxElement Build(string text, int start, int firstLine, string file, List<ParseProblem> problems)
    {
        var root = new OfxElement("#document", firstLine) { Closed = true };
        var stack = new List<OfxElement> { root };
        var line = firstLine;
        var position = start;
        while (position < text.Length)
        {
            var open = text.IndexOf('<', position);
            var textEnd = open < 0 ? text.Length : open;
            var content = text.AsSpan(position, textEnd - position);
            var top = stack[^1];
            if (!content.IsWhiteSpace() && top != root && top.Children.Count == 0 && top.Text is null)
                top.Text = OfxEntities.Decode(content.Trim().ToString());
            line += content.Count('\n');
            if (open < 0) break;

            var close = text.IndexOf('>', open + 1);
            if (close < 0)
            {
                problems.Add(ParseProblem.Error(file, $"line {line}", null, "a tag is not closed with '>' before the end of the file"));
                break;
            }
            var tag = text.AsSpan(open + 1, close - open - 1);
            var tagLine = line;
            line += tag.Count('\n');
            position = close + 1;
            if (tag.StartsWith("!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(ParseProblem.Error(file, $"line {tagLine}", null, "the file declares a DTD (<!DOCTYPE>); DTDs are refused"));
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
            if (top != root && top.Text is not null && top.Children.Count == 0 && !(tag[0] == '/' && Name(tag[1..]) == top.Name))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            if (tag[0] == '/') CloseTo(stack, Name(tag[1..]), tagLine, file, problems);
            else
            {
                var selfClosing = tag[^1] == '/';
                var element = new OfxElement(Name(selfClosing ? tag[..^1] : tag), tagLine) { Parent = stack[^1] };
                stack[^1].MutableChildren.Add(element);
                if (selfClosing) element.Closed = true;
                else stack.Add(element);
                if (stack.Count > MaxDepth)
                {
                    problems.Add(ParseProblem.Error(file, $"line {tagLine}", null, $"elements are nested deeper than {MaxDepth} levels; the file is refused"));
                    break;
                }
            }
        }
        while (stack.Count > 1) Pop(stack);
        return root;
    }

    private static void CloseTo(List<OfxElement> stack, string name, int line, string file, List<ParseProblem> problems)
    {
        var at = stack.FindLastIndex(e => e.Name == name);
        if (at <= 0)
        {
            problems.Add(ParseProblem.Warning(file, $"line {line}", name, $"closing tag </{name}> has no opening tag; ignored"));
            return;
        }
        while (stack.Count > at + 1) Pop(stack);
        var element = stack[^1];
        element.Closed = true;
        if (element.Children.Count == 0) element.Text ??= "";
        stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>Removes the innermost open element; one never closed was an empty SGML leaf, so its children move up.</summary>
    private static void Pop(List<OfxElement> stack)
    {
        var element = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (element.Closed || element.Children.Count == 0)
        {
            if (element.Children.Count == 0) element.Text ??= "";
            return;
        }
        var parent = element.Parent!;
        var index = parent.MutableChildren.IndexOf(element);
        foreach (var child in element.Children) child.Parent = parent;
        parent.MutableChildren.InsertRange(index + 1, element.Children);
        element.MutableChildren.Clear();
        element.Text ??= "";
    }

    private static string Name(ReadOnlySpan<char> tag)
    {
        var trimmed = tag.Trim();
        var space = trimmed.IndexOfAny(' ', '\t', '\n');
        var name = space < 0 ? trimmed : trimmed[..space];
        // A file repeats a few dozen names (STMTTRN, TRNAMT ...) in upper case: those are shared, not made per tag.
        if (!name.ContainsAnyExcept(NameCharacters)) return Names.TryGetValue(name, out var known) ? known : Remember(name.ToString());
        return name.ToString().ToUpperInvariant();
    }

    /// <summary>Upper-case ASCII letters, digits, '.' and '_': names that upper-casing leaves as they are.</summary>
    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._");

    private const int MaxNames = 1024;

    [ThreadStatic]
    private static Dictionary<string, string>? names;

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names =>
        (names ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Remember(string name)
    {
        // A file of random tags would grow the cache without end: it stops taking names at a bound.
        if (names!.Count < MaxNames) names[name] = name;
        return name;
    }
}
