using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// Shares the strings of the short fields every record repeats (three-digit type codes, one-character funds types),
/// so that a file of 300,000 transactions does not make 300,000 copies of "0" and "142".
/// </summary>
internal static class Bai2Codes
{
    private static readonly string?[] TypeCodes = new string?[1000];
    private static readonly string?[] Singles = new string?[128];

    /// <summary>The field as a string: a shared one for a type code or an ASCII character, a new one otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Text(ReadOnlySpan<char> field)
    {
        // Races only make a second equal string: no lock needed.
        if (field.Length == 0) return "";
        if (field.Length == 1 && field[0] < 128) return Singles[field[0]] ??= field.ToString();
        if (field.Length == 3 && char.IsAsciiDigit(field[0]) && char.IsAsciiDigit(field[1]) && char.IsAsciiDigit(field[2]))
            return TypeCodes[((field[0] - '0') * 100) + ((field[1] - '0') * 10) + (field[2] - '0')] ??= field.ToString();
        return field.ToString();
    }
}
