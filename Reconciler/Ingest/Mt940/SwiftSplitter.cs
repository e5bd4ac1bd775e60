using System.Text;

namespace Reconciler.Ingest.Mt940;

/// <summary>
/// Cuts MT940/MT942 lines into messages and fields. Handles SWIFT blocks ({1:}{2:}{4: ... -}), bank-portal headers
/// (ABN AMRO "ABNANL2A"/"940", ING "0000 01INGBNL2A..."/"940 00"), "-" separators, and files with no separator:
/// a new message starts at each ":20:". Lines that are not tags continue the field above them. A message is handed on
/// when the next one starts (or the file ends): nothing changes it after that.
/// </summary>
internal sealed class SwiftSplitter
{
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal)
    {
        "20", "21", "25", "25P", "28", "28C", "60F", "60M", "61", "62F", "62M", "64", "65", "86", "NS",
        "13", "13D", "34F", "90D", "90C",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownTag = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly SwiftText _lines;
    private readonly FieldText _text = new();

    // Messages completed by the line just read, handed on before the next line is read.
    private readonly List<SwiftMessage> _ready = [];
    private SwiftMessage? _last;
    private SwiftMessage? _current;
    private SwiftField? _field;
    private string? _pendingType;

    private SwiftSplitter(SwiftText lines) => _lines = lines;

    public static IEnumerable<SwiftMessage> Split(SwiftText lines)
    {
        var splitter = new SwiftSplitter(lines);
        for (var i = 0; lines.Has(i); i++)
        {
            i = splitter.Take(i);
            foreach (var message in splitter._ready) yield return message;
            splitter._ready.Clear();
        }
        splitter.Open(null);
        if (splitter._last is not null) yield return splitter._last;
    }

    /// <summary>The field lines now go to <paramref name="next"/>; the field before it gets its text.</summary>
    private void Open(SwiftField? next)
    {
        if (_field is not null) _text.SealInto(_field);
        _field = next;
    }

    private void Close()
    {
        _current = null;
        Open(null);
    }

    private void StartMessage(int number)
    {
        if (_last is not null) _ready.Add(_last);
        _current = _last = new SwiftMessage(number) { DeclaredType = _pendingType };
        _pendingType = null;
    }

    /// <summary>Reads line <paramref name="i"/> (and any it joins to it); returns the last line it used.</summary>
    private int Take(int i)
    {
        _lines.Forget(i);
        var line = _lines[i];
        var number = i + 1;
        if (line.Length == 0 || line.IsWhiteSpace()) return i;

        if (line.TrimStart().StartsWith('{'))
        {
            var rest = ReadBlocks(line.TrimStart(), ref _pendingType, out var opensBody, out var closes);
            if (closes) Close();
            if (opensBody)
            {
                Close();
                StartMessage(number);
            }
            if (rest.Length == 0) return i;
            line = rest;
        }

        if (IsEnd(line, _lines, i))
        {
            Close();
            return i;
        }

        if (line.TrimEnd() is ":" && _lines.Has(i + 1))
        {
            var joined = ":" + _lines[i + 1].ToString();
            if (TagOf(joined) is not null)
            {
                line = joined; // a tag broken after its first colon (seen from Sparkassen)
                i++;
            }
        }

        var tag = TagOf(line);
        if (tag is "940" or "942")
        {
            _pendingType = tag; // a ":940:" portal header line (old Rabobank)
            return i;
        }
        if (tag == "86" && _field?.Tag == "86")
        {
            _text.Add(line[4..]); // old Rabobank repeats ":86:" on every line of one information field
            return i;
        }
        var continues = _field is not null && (_field.Tag is "86" or "NS" or "61") && (tag is null || !KnownTags.Contains(tag));
        if (tag is not null && !continues)
        {
            var opensMessage = _current is null || (tag == "20" && _current.Fields.Count > 0);
            if (opensMessage) StartMessage(number);
            var field = new SwiftField(tag, number);
            Open(field);
            _text.Add(line[(tag.Length + 2)..]);
            _current!.Fields.Add(field);
            return i;
        }

        if (_field is not null)
        {
            _text.Add(line);
            return i;
        }

        // Outside any field: a portal header line ("ABNANL2A", "940", "0000 01INGBNL2AXXXX00001", "940 00").
        var header = line.Trim();
        var type = header.StartsWith("940", StringComparison.Ordinal) ? "940" : header.StartsWith("942", StringComparison.Ordinal) ? "942" : null;
        if (type is not null)
        {
            if (_current is { Fields.Count: 0 }) _current.DeclaredType ??= type;
            else _pendingType = type;
        }
        return i;
    }

    /// <summary>The tag of a line such as ":61:..." or ":NS:...", or null.</summary>
    public static string? TagOf(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != ':') return null;
        var end = line[1..].IndexOf(':') + 1;
        if (end is < 3 or > 4) return null;
        for (var k = 1; k < end; k++)
        {
            if (!char.IsAsciiLetterUpper(line[k]) && !char.IsAsciiDigit(line[k])) return null;
        }
        // The known tags come back as one shared string each: a tag is read on nearly every line.
        return KnownTag.TryGetValue(line[1..end], out var known) ? known : line[1..end].ToString();
    }

    private static bool IsEnd(ReadOnlySpan<char> line, SwiftText lines, int index)
    {
        if (line[0] != '-') return false;
        var trimmed = line.TrimEnd();
        if (trimmed is "-" || trimmed.StartsWith("-}", StringComparison.Ordinal)) return true;
        // "-XXX" style end markers: short, letters only, and followed by the next message or the end of the file.
        if (trimmed.Length > 5) return false;
        foreach (var c in trimmed[1..])
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        for (var k = index + 1; lines.Has(k); k++)
        {
            var next = lines[k].TrimStart();
            if (next.Length == 0) continue;
            return next.StartsWith('{') || next.StartsWith(":20:", StringComparison.Ordinal) || TagOf(next) is null && !next.StartsWith('-');
        }
        return true;
    }

    /// <summary>Reads "{1:...}{2:O940...}{3:{108:..}}{4:" and returns what follows "{4:" on the same line.</summary>
    private static ReadOnlySpan<char> ReadBlocks(ReadOnlySpan<char> line, ref string? type, out bool opensBody, out bool closes)
    {
        opensBody = false;
        closes = false;
        var position = 0;
        while (position < line.Length && line[position] == '{')
        {
            if (line[position..].StartsWith("{4:"))
            {
                opensBody = true;
                return line[(position + 3)..];
            }
            if (line[position..].StartsWith("{2:") && position + 7 <= line.Length)
            {
                var kind = line.Slice(position + 4, 3);
                if (kind is "940") type = "940";
                else if (kind is "942") type = "942";
            }
            position = SkipBlock(line, position);
        }
        if (line.Contains("-}", StringComparison.Ordinal)) closes = true;
        return position < line.Length ? line[position..].Trim() : "";
    }

    private static int SkipBlock(ReadOnlySpan<char> line, int start)
    {
        var depth = 0;
        for (var k = start; k < line.Length; k++)
        {
            if (line[k] == '{') depth++;
            else if (line[k] == '}' && --depth == 0) return k + 1;
        }
        return line.Length;
    }

    /// <summary>The lines of the field being read, gathered until the next field starts.</summary>
    private sealed class FieldText
    {
        private readonly StringBuilder _joined = new();
        private readonly List<int> _ends = [];
        private bool _any;

        public void Add(ReadOnlySpan<char> line)
        {
            if (_any) _ends.Add(_joined.Length);
            _joined.Append(line);
            _any = true;
        }

        public void SealInto(SwiftField field)
        {
            field.Seal(_joined.ToString(), _ends.Count == 0 ? null : _ends.ToArray());
            _joined.Clear();
            _ends.Clear();
            _any = false;
        }
    }
}
