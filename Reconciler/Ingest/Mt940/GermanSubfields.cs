namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The German structured <c>:86:</c>: a 3-digit GVC then <c>?nn</c> subfields (?00 posting text, ?20-?29 and ?60-?63 purpose,
/// ?30 BLZ/BIC, ?31 account/IBAN, ?32-?33 name). SEPA keys (EREF+, SVWZ+ ...) are read from the joined purpose.
/// </summary>
internal static class GermanSubfields
{
    public static bool Matches(string text) =>
        text.Length >= 4 && SwiftValues.Digits(text, 0, 3) && text[3] == '?';

    /// <summary>
    /// Where each subfield of the :86: being read lies in its text (number, start, end), in the order written; reused on
    /// this thread. A subfield's value is all its pieces joined (a repeated number continues it), so nothing is copied
    /// until the purpose or the name is put together.
    /// </summary>
    [ThreadStatic]
    private static List<(int Code, int Start, int End)>? t_pieces;

    [ThreadStatic]
    private static CharBuffer? t_buffer;

    private static List<(int Code, int Start, int End)> Pieces(string text)
    {
        var pieces = t_pieces ??= [];
        pieces.Clear();
        var code = -1;
        var start = 0;
        for (var k = 3; k <= text.Length; k++)
        {
            var boundary = k == text.Length || (text[k] == '?' && SwiftValues.Digits(text, k + 1, 2));
            if (!boundary) continue;
            if (code >= 0) pieces.Add((code, start, k));
            if (k == text.Length) break;
            code = SwiftValues.Number(text, k + 1, 2);
            start = k + 3;
            k += 2;
        }
        return pieces;
    }

    public static EntryDetails Read(string text)
    {
        var pieces = Pieces(text);
        var buffer = t_buffer ??= new CharBuffer();
        buffer.Clear();
        Append(buffer, text, pieces, 32);
        Append(buffer, text, pieces, 33);
        var name = EntryDetails.Clean(buffer.Span);

        // The purpose subfields ?20-?29 and ?60-?63 joined in number order.
        buffer.Clear();
        for (var code = 20; code <= 63; code++)
        {
            if (code == 30) code = 60;
            Append(buffer, text, pieces, code);
        }
        var purpose = buffer.Span;
        var sepa = SepaKeys.Read(purpose);
        var remittance = SepaKeys.Remittance(sepa) ?? EntryDetails.Clean(SepaKeys.Any(sepa) ? WithoutKeys(purpose, sepa) : purpose);
        if (remittance is null)
        {
            buffer.Clear();
            Append(buffer, text, pieces, 0);
            remittance = EntryDetails.Clean(buffer.Span);
        }
        return new EntryDetails(name ?? SepaKeys.Party(sepa), remittance, SepaKeys.References(sepa), Gvc(text));
    }

    /// <summary>Every piece of subfield <paramref name="code"/>, in the order written.</summary>
    private static void Append(CharBuffer buffer, string text, List<(int Code, int Start, int End)> pieces, int code)
    {
        foreach (var piece in pieces)
        {
            if (piece.Code == code) buffer.Append(text.AsSpan(piece.Start, piece.End - piece.Start));
        }
    }

    // The 3-digit business transaction codes, each made once: the same few repeat on every entry.
    private static readonly string?[] Codes = new string?[1000];

    private static string Gvc(string text)
    {
        var number = SwiftValues.Number(text, 0, 3);
        return Codes[number] ??= text[..3];
    }

    /// <summary>The purpose text before its first SEPA key, when there is no SVWZ+ (the free text some banks put first).</summary>
    private static ReadOnlySpan<char> WithoutKeys(ReadOnlySpan<char> purpose, string?[] sepa)
    {
        var first = SepaKeys.FirstMark(purpose, sepa);
        return first > 0 ? purpose[..first] : default;
    }
}
