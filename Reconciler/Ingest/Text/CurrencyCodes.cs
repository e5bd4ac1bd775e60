using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Text;

/// <summary>
/// A file's currency cells as codes in capitals: one string per code for the whole file, and each code checked for
/// ISO 4217 form once (a file names one or two currencies on every row).
/// </summary>
internal sealed class CurrencyCodes
{
    private readonly SharedTexts _codes = new(capacity: 256);
    private string? _wellFormed;

    /// <summary>The cell in capitals (a cell already in capitals, the usual case, is looked up as it is).</summary>
    public string Read(ReadOnlySpan<char> cell)
    {
        if (cell.Length == 3 && char.IsAsciiLetterUpper(cell[0]) && char.IsAsciiLetterUpper(cell[1]) && char.IsAsciiLetterUpper(cell[2]))
            return _codes.Share(cell);
        Span<char> upper = stackalloc char[16];
        return cell.Length <= upper.Length && cell.ToUpperInvariant(upper) == cell.Length
            ? _codes.Share(upper[..cell.Length])
            : cell.ToString().ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="code"/> has the ISO 4217 form (<see cref="CurrencyInfo.IsWellFormed"/>).</summary>
    public bool IsWellFormed(string code)
    {
        if (ReferenceEquals(code, _wellFormed)) return true;
        if (!CurrencyInfo.IsWellFormed(code)) return false;
        _wellFormed = code;
        return true;
    }
}
