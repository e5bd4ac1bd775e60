namespace Reconciler.Ingest.Mt940;

/// <summary>
/// Cuts MT940/MT942 lines into messages and fields. Handles SWIFT blocks ({1:}{2:}{4: ... -}), bank-portal headers
/// (ABN AMRO "ABNANL2A"/"940", ING "0000 01INGBNL2A..."/"940 00"), "-" separators, and files with no separator:
/// a new message starts at each ":20:". Lines that are not tags continue the field above them. A message is handed on
/// when the next one starts (or the file ends): nothing changes it after that.
/// </summary>
internal static class SwiftSplitter
{
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal)
    {
        "20", "21", "25", "25P", "28", "28C", "60F", "60M", "61", "62F", "62M", "64", "65", "86", "NS",
        "13", "13D", "34F", "90D", "90C",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownTag = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<SwiftMessage> Split(SwiftText lines)
    {
        SwiftMessage? last = null;
        SwiftMessage? current = null;
        SwiftField? field = null;
        string? pendingType = null;

        void Close()
        {
            current = null;
            field = null;
        }

        for (var i = 0; lines.Has(i); i++)
        {
            lines.Forget(i);
            var line = lines[i];
            var number = i + 1;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line)) continue;

            if (line.TrimStart().StartsWith('{'))
            {
                var rest = ReadBlocks(line.TrimStart(), ref pendingType, out var opensBody, out var closes);
                if (closes) Close();
                if (opensBody)
                {
                    Close();
                    if (last is not null) yield return last;
                    current = last = new SwiftMessage(number) { DeclaredType = pendingType };
                    pendingType = null;
                }
                if (rest.Length == 0) continue;
                line = rest;
            }

            if (IsEnd(line, lines, i))
            {
                Close();
                continue;
            }

            if (line.TrimEnd() == ":" && lines.Has(i + 1) && TagOf(":" + lines[i + 1]) is not null)
            {
                line = ":" + lines[++i]; // a tag broken after its first colon (seen from Sparkassen)
            }

            var tag = TagOf(line);
            if (tag is "940" or "942")
            {
                pendingType = tag; // a ":940:" portal header line (old Rabobank)
                continue;
            }
            if (tag == "86" && field?.Tag == "86")
            {
                field.Add(line[4..]); // old Rabobank repeats ":86:" on every line of one information field
                continue;
            }
            var continues = field is not null && (field.Tag is "86" or "NS" or "61") && (tag is null || !KnownTags.Contains(tag));
            if (tag is not null && !continues)
            {
                var opensMessage = current is null || (tag == "20" && current.Fields.Count > 0);
                if (opensMessage)
                {
                    if (last is not null) yield return last;
                    current = last = new SwiftMessage(number) { DeclaredType = pendingType };
                    pendingType = null;
                }
                field = new SwiftField(tag, number);
                field.Add(line[(tag.Length + 2)..]);
                current!.Fields.Add(field);
                continue;
            }

            if (field is not null)
            {
                field.Add(line);
                continue;
            }

            // Outside any field: a portal header line ("ABNANL2A", "940", "0000 01INGBNL2AXXXX00001", "940 00").
            var header = line.Trim();
            if (header.StartsWith("940", StringComparison.Ordinal) || header.StartsWith("942", StringComparison.Ordinal))
            {
                if (current is { Fields.Count: 0 }) current.DeclaredType ??= header[..3];
                else pendingType = header[..3];
            }
        }
        if (last is not null) yield return last;
    }

    /// <summary>The tag of a line such as ":61:..." or ":NS:...", or null.</summary>
    public static string? TagOf(string line)
    {
        if (line.Length < 4 || line[0] != ':') return null;
        var end = line.IndexOf(':', 1);
        if (end is < 3 or > 4) return null;
        for (var k = 1; k < end; k++)
        {
            if (!char.IsAsciiLetterUpper(line[k]) && !char.IsAsciiDigit(line[k])) return null;
        }
        // The known tags come back as one shared string each: a tag is read on nearly every line.
        return KnownTag.TryGetValue(line.AsSpan(1, end - 1), out var known) ? known : line[1..end];
    }

    private static bool IsEnd(string line, SwiftText lines, int index)
    {
        if (line[0] != '-') return false;
        var trimmed = line.TrimEnd();
        if (trimmed == "-" || trimmed.StartsWith("-}", StringComparison.Ordinal)) return true;
        // "-XXX" style end markers: short, letters only, and followed by the next message or the end of the file.
        if (trimmed.Length > 5 || !trimmed[1..].All(char.IsAsciiLetterOrDigit)) return false;
        for (var k = index + 1; lines.Has(k); k++)
        {
            var next = lines[k].TrimStart();
            if (next.Length == 0) continue;
            return next.StartsWith('{') || next.StartsWith(":20:", StringComparison.Ordinal) || TagOf(next) is null && !next.StartsWith('-');
        }
        return true;
    }

    /// <summary>Reads "{1:...}{2:O940...}{3:{108:..}}{4:" and returns what follows "{4:" on the same line.</summary>
    private static string ReadBlocks(string line, ref string? type, out bool opensBody, out bool closes)
    {
        opensBody = false;
        closes = false;
        var position = 0;
        while (position < line.Length && line[position] == '{')
        {
            if (line.AsSpan(position).StartsWith("{4:"))
            {
                opensBody = true;
                return line[(position + 3)..];
            }
            if (line.AsSpan(position).StartsWith("{2:") && position + 7 <= line.Length)
            {
                var kind = line.Substring(position + 4, 3);
                if (kind is "940" or "942") type = kind;
            }
            position = SkipBlock(line, position);
        }
        if (line.Contains("-}", StringComparison.Ordinal)) closes = true;
        return position < line.Length ? line[position..].Trim() : "";
    }

    private static int SkipBlock(string line, int start)
    {
        var depth = 0;
        for (var k = start; k < line.Length; k++)
        {
            if (line[k] == '{') depth++;
            else if (line[k] == '}' && --depth == 0) return k + 1;
        }
        return line.Length;
    }
}
