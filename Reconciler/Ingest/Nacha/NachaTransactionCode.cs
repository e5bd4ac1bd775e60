namespace Reconciler.Ingest.Nacha;

/// <summary>
/// ACH transaction codes: the second digit 1-4 is a credit to the receiver (1 return/NOC, 2 live, 3 prenote,
/// 4 zero-dollar with remittance), 5-9 a debit (6 return/NOC, 7 live, 8 prenote, 9 zero-dollar; 55 loan debit).
/// </summary>
internal static class NachaTransactionCode
{
    private static readonly HashSet<string> Known =
    [
        "21", "22", "23", "24", "26", "27", "28", "29",
        "31", "32", "33", "34", "36", "37", "38", "39",
        "41", "42", "43", "44", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56",
    ];

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>The known code's shared string (every entry repeats one of a few codes), or the code itself.</summary>
    public static string Shared(ReadOnlySpan<char> code) =>
        KnownBySpan.TryGetValue(code, out var shared) ? shared : code.Length == 0 ? "" : code.ToString();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsDebit(string code) => code.Length == 2 && code[1] is >= '5' and <= '9';

    /// <summary>Return or notification-of-change codes (21, 26, 31, 36, 41, 46, 51, 56).</summary>
    public static bool IsReturnOrNoc(string code) => code.Length == 2 && code[1] is '1' or '6';
}
