using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// One logical BAI2 record with the 88 continuation records that follow it. Each record's content is the text after
/// "NN," (terminating "/" kept), held in one buffer the splitter reuses: an entry is valid only until the reader asks
/// for the next one, so nothing may keep it (keep its <see cref="Line"/> instead).
/// </summary>
/// <remarks>
/// Reused rather than made per record: a string per record, kept until the next line showed whether an 88 continues
/// it, was the reader's largest allocation.
/// </remarks>
internal sealed class Bai2Entry
{
    private readonly List<Part> _parts = new(4);
    private char[] _text = new char[256];
    private int _length;

    /// <summary>The head record's code (an 88 only when it has no record before it).</summary>
    public string Code => _parts[0].Code;

    public int Line => _parts[0].Line;

    public string Location => $"line {Line}";

    /// <summary>The head plus its continuations: how many records the control counts see.</summary>
    public int RecordCount => _parts.Count;

    /// <summary>The content of record <paramref name="index"/> (0 the head, then each 88).</summary>
    public ReadOnlySpan<char> Content(int index) => _text.AsSpan(_parts[index].Start, _parts[index].Length);

    /// <summary>The newest record's code, line and content: the record a wrapped line would continue.</summary>
    public string LastCode => _parts[^1].Code;

    public int LastLine => _parts[^1].Line;

    public ReadOnlySpan<char> LastContent => Content(_parts.Count - 1);

    /// <summary>Empties the entry and makes <paramref name="content"/> its head record.</summary>
    public void Start(string code, ReadOnlySpan<char> content, int line)
    {
        _parts.Clear();
        _length = 0;
        Continue(code, content, line);
    }

    /// <summary>Adds a continuation record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Continue(string code, ReadOnlySpan<char> content, int line)
    {
        _parts.Add(new Part(code, line, _length, content.Length));
        Append(content);
    }

    /// <summary>Appends a wrapped line to the newest record's content, after a blank.</summary>
    public void Wrap(ReadOnlySpan<char> text)
    {
        var last = _parts[^1];
        Append(" ");
        Append(text);
        _parts[^1] = last with { Length = last.Length + 1 + text.Length };
    }

    /// <summary>
    /// The comma-separated fields of a record that has no text field (01, 02, 03, 49, 98, 99), joined across its
    /// 88 continuations: each part's terminating "/" is dropped, and ",/" leaves a defaulted (empty) last field.
    /// </summary>
    public List<string> Fields() => Fields(null);

    /// <summary>
    /// The fields as <see cref="Fields()"/>; <paramref name="partEnds"/>, when given, receives the index of the last field
    /// of every record that an 88 continues (where a stray empty field before a continuation would stand).
    /// </summary>
    public List<string> Fields(List<int>? partEnds)
    {
        var fields = new List<string>();
        for (var p = 0; p < _parts.Count; p++)
        {
            var content = Content(p).TrimEnd();
            if (content.EndsWith('/')) content = content[..^1];
            foreach (var range in content.Split(',')) fields.Add(content[range].ToString());
            if (p < _parts.Count - 1) partEnds?.Add(fields.Count - 1);
        }
        return fields;
    }

    /// <summary>The line of the record whose content holds field <paramref name="index"/> of <see cref="Fields(List{int}?)"/>'s list.</summary>
    public int LineOfPart(List<int> partEnds, int index)
    {
        var part = 0;
        while (part < partEnds.Count && partEnds[part] < index) part++;
        return _parts[part].Line;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + text.Length));
        text.CopyTo(_text.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Where one record's content lies in the buffer.</summary>
    private readonly record struct Part(string Code, int Line, int Start, int Length);
}
