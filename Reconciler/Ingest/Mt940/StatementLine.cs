namespace Reconciler.Ingest.Mt940;

/// <summary>
/// A <c>:61:</c> statement line, <c>6!n[4!n]2a[1!a]15d1!a3!c16x[//16x]</c> plus an optional supplementary line.
/// The mark is read as <c>E?R?[CD]</c> then an optional funds-code letter, so "CR1500,00" is a credit with funds code R,
/// while "RC" (reversal of a credit) is a debit and "RD" (reversal of a debit) a credit.
/// </summary>
internal sealed record StatementLine
{
    public required DateOnly ValueDate { get; init; }

    public DateOnly? EntryDate { get; init; }

    /// <summary>C, D, RC, RD, EC or ED.</summary>
    public required string Mark { get; init; }

    public char? FundsCode { get; init; }

    /// <summary>Signed: credits (C, RD, EC) positive.</summary>
    public required decimal Amount { get; init; }

    public string? TypeCode { get; init; }

    public string? OwnerReference { get; init; }

    public string? BankReference { get; init; }

    public string? Supplementary { get; init; }

    /// <summary>Whether a day past the month's end had to be clamped.</summary>
    public bool Clamped { get; init; }

    /// <summary>The amount's deviation from 15d, when it had one whose meaning is plain.</summary>
    public AmountQuirk Quirk { get; init; }

    public bool IsReversal => Mark[0] == 'R';

    public bool IsExpected => Mark[0] == 'E';

    public static StatementLine? TryParse(SwiftField field, out string? error)
    {
        error = null;
        var s = field.First.TrimEnd();
        var detailsFrom = 1;
        if (field.TextCount > 1 && EndsBeforeAmount(s))
        {
            // Some Sparkassen break the line before the amount: read the first two lines as one.
            s = string.Concat(s, field.Text(1).Trim());
            detailsFrom = 2;
        }
        if (!SwiftValues.TryDate(s, 0, out var valueDate, out var clamped))
        {
            error = $"'{Cut(s, 6)}' is not a value date YYMMDD";
            return null;
        }
        var p = 6;
        DateOnly? entryDate = null;
        if (SwiftValues.Digits(s, p, 4))
        {
            if (!SwiftValues.TryEntryDate(valueDate, SwiftValues.Number(s, p, 2), SwiftValues.Number(s, p + 2, 2), out var entry, out var entryClamped))
            {
                error = $"'{s.Substring(p, 4)}' is not an entry date MMDD";
                return null;
            }
            entryDate = entry;
            clamped |= entryClamped;
            p += 4;
        }
        else if (s.Length >= p + 4 && s.AsSpan(p, 4).IsWhiteSpace()) p += 4; // some banks pad a missing entry date

        var markStart = p;
        if (p < s.Length && s[p] is 'R' or 'E' && p + 1 < s.Length && s[p + 1] is 'C' or 'D') p += 2;
        else if (p < s.Length && s[p] is 'C' or 'D') p += 1;
        else
        {
            error = $"'{Cut(s[p..], 3)}' is not a debit/credit mark (C, D, RC, RD, EC, ED)";
            return null;
        }
        var mark = MarkOf(s.AsSpan(markStart, p - markStart));
        char? funds = p < s.Length && char.IsAsciiLetter(s[p]) ? s[p++] : null;

        var amountStart = p;
        while (p < s.Length && (char.IsAsciiDigit(s[p]) || s[p] is ',' or '.')) p++;
        if (!SwiftValues.TryAmount(s.AsSpan(amountStart, p - amountStart), out var amount, out var quirk, out error)) return null;
        if (quirk != AmountQuirk.None && p >= s.Length)
        {
            // Without its comma and without the type code that must follow, the amount may be cut off mid-digits.
            error = $"the amount '{s[amountStart..p]}' has no decimal comma and no transaction type follows it: the line looks cut short";
            return null;
        }
        var credit = mark[^1] == 'C' ? mark[0] != 'R' : mark[0] == 'R';

        string? type = null;
        if (p + 4 <= s.Length)
        {
            type = TypeOf(s.AsSpan(p, 4));
            p += 4;
        }
        else if (p < s.Length)
        {
            type = s[p..];
            p = s.Length;
        }
        var rest = s.AsSpan(p);
        var slashes = rest.IndexOf("//", StringComparison.Ordinal);
        var owner = OwnerOf(slashes >= 0 ? rest[..slashes] : rest);
        var bank = slashes >= 0 ? NullIfEmpty(rest[(slashes + 2)..]) : null;
        var supplementary = field.TextCount > detailsFrom ? field.JoinForPeople(detailsFrom) : null;

        return new StatementLine
        {
            ValueDate = valueDate,
            EntryDate = entryDate,
            Mark = mark,
            FundsCode = funds,
            Amount = credit ? amount : -amount,
            TypeCode = NullIfEmpty(type),
            OwnerReference = owner,
            BankReference = bank,
            Supplementary = NullIfEmpty(supplementary),
            Clamped = clamped,
            Quirk = quirk,
        };
    }

    // The usual transaction type codes (N = SWIFT, F = first advice, S = SWIFT with a message type), made once.
    private static readonly HashSet<string> CommonTypes = new(StringComparer.Ordinal)
    {
        "NTRF", "NCHG", "NDDT", "NMSC", "NCHK", "NCOL", "NSTO", "NINT", "NCMI", "NCOM", "NLDP", "NRTI", "NSEC", "NTRA",
        "FTRF", "FCHG", "FMSC", "S103", "S202", "S940",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonType = CommonTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string TypeOf(ReadOnlySpan<char> type) => CommonType.TryGetValue(type, out var known) ? known : type.ToString();

    /// <summary>The mark as one shared string (every entry has one of these six).</summary>
    private static string MarkOf(ReadOnlySpan<char> mark) => mark switch
    {
        "C" => "C",
        "D" => "D",
        "RC" => "RC",
        "RD" => "RD",
        "EC" => "EC",
        "ED" => "ED",
        _ => mark.ToString(),
    };

    /// <summary>Whether the line stops after the date(s) and the mark, before any digit of the amount.</summary>
    private static bool EndsBeforeAmount(string s) =>
        s.Length is >= 7 and <= 13 && !char.IsAsciiDigit(s[^1]) && s[^1] != ',';

    /// <summary>The owner's reference; "NONREF", which most entries carry, is one shared string.</summary>
    private static string? OwnerOf(ReadOnlySpan<char> s) => s.Trim() is "NONREF" ? "NONREF" : NullIfEmpty(s);

    private static string? NullIfEmpty(ReadOnlySpan<char> s) => s.IsWhiteSpace() ? null : s.Trim().ToString();

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length];
}
