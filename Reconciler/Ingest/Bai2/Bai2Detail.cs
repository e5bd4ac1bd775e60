using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// A 16 record tokenised funds-type-aware, across its 88 continuations: an 88 continues the fields when the
/// record before it ended ("/") before the text, and continues the text otherwise.
/// </summary>
// A struct, and the field list reused per thread: one is read per 16 record and dropped once the transaction is made.
internal readonly record struct Bai2Detail(
    string TypeCode, Bai2DetailAmount Amount, string FundsType, IReadOnlyList<string> Extras,
    string BankReference, string CustomerReference, string Text, bool StrayLeadingComma)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Bai2Detail Read(Bai2Entry entry)
    {
        var fields = t_fields ??= new List<string>(8);
        fields.Clear();
        var text = new TextJoiner();
        var inText = false;
        var stray = false;
        var amount = default(Bai2DetailAmount);
        // How many structured fields the record has: it changes only as the funds type and a D's count are read.
        var needed = 3;
        for (var p = 0; p < entry.RecordCount; p++)
        {
            var content = entry.Content(p);
            if (inText) { text.Add(content); continue; }
            // rest = content[from..]; from < 0 means no rest (the last field ran to the end of the record).
            var from = 0;
            while (from >= 0 && fields.Count < needed)
            {
                var rest = content[from..];
                var comma = rest.IndexOf(',');
                var field = comma < 0 ? StripEnd(rest) : rest[..comma];
                from = comma < 0 ? -1 : from + comma + 1;
                // The "16,,115,..." dialect: an empty field before the type code.
                if (fields.Count == 0 && field.Trim().Length == 0 && !stray && from >= 0 && LooksLikeTypeCode(content[from..])) { stray = true; continue; }
                // The amount is read here, from the span; its place in the list stays empty.
                if (fields.Count == 1) { amount = Bai2DetailAmount.Read(field); fields.Add(""); }
                else fields.Add(Bai2Codes.Text(field.Trim()));
                if (fields.Count is 3 or 4) needed = Needed(fields);
            }
            if (from >= 0 && fields.Count >= needed) { inText = true; text.Add(content[from..]); }
        }
        while (fields.Count < 3) fields.Add("");
        var extraCount = Bai2FundsType.ExtraFields(fields[2], fields.Count > 3 ? fields[3] : null);
        var extras = extraCount == 0 ? (IReadOnlyList<string>)[] : fields.GetRange(3, Math.Max(0, Math.Min(extraCount, fields.Count - 3)));
        var referencesFrom = 3 + extraCount;
        return new Bai2Detail(
            fields[0], amount, fields[2], extras,
            referencesFrom < fields.Count ? fields[referencesFrom] : "",
            referencesFrom + 1 < fields.Count ? fields[referencesFrom + 1] : "",
            text.Joined, stray);
    }

    [ThreadStatic]
    private static List<string>? t_fields;

    /// <summary>
    /// How many structured fields the record has, as far as the fields read so far tell: 3 until the funds type
    /// (field 2) is read; then it depends on that and, for D, on the count (field 3) only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Needed(List<string> fields)
    {
        if (fields.Count < 3) return 3;
        if (fields[2].AsSpan().Trim().Equals("D", StringComparison.OrdinalIgnoreCase) && fields.Count < 4) return 4;
        return 3 + Bai2FundsType.ExtraFields(fields[2], fields.Count > 3 ? fields[3] : null) + 2;
    }

    private static bool LooksLikeTypeCode(ReadOnlySpan<char> rest) =>
        rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && rest[3] == ',';

    private static ReadOnlySpan<char> StripEnd(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd();
        return t.EndsWith('/') ? t[..^1] : t;
    }

    /// <summary>
    /// Text parts joined by a blank; the record's closing "/" (and a defaulted ",/") is not text. The parts are
    /// copied into a buffer reused per thread and the text made once, whatever the number of 88 continuations.
    /// </summary>
    private struct TextJoiner
    {
        [ThreadStatic]
        private static char[]? t_buffer;

        private int _length;

        /// <summary>The joined text; a buffer grown past 64K chars by a hostile record is not kept for the next one.</summary>
        public readonly string Joined
        {
            get
            {
                if (_length == 0) return "";
                var joined = new string(t_buffer!, 0, _length);
                if (t_buffer!.Length > 64 * 1024) t_buffer = null;
                return joined;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> part)
        {
            var t = part.Trim();
            if (t.EndsWith(",/")) t = t[..^2];
            else if (t.EndsWith('/')) t = t[..^1];
            t = t.Trim();
            if (t.Length == 0) return;
            var buffer = t_buffer ??= new char[256];
            var needed = _length + (_length > 0 ? 1 : 0) + t.Length;
            if (needed > buffer.Length) Array.Resize(ref t_buffer, Math.Max(buffer.Length * 2, needed));
            if (_length > 0) t_buffer[_length++] = ' ';
            t.CopyTo(t_buffer.AsSpan(_length));
            _length += t.Length;
        }
    }
}
