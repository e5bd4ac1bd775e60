namespace Reconciler.Reports.Xlsx;

public enum XlsxFont { Regular, Bold, Italic, Title, Link }

public enum XlsxFill { None, Header, Reviewer, Error, Warning }

public enum XlsxNumber { General, Date, Amount }

/// <summary>How a cell (or a whole column) looks. Combined with <c>with</c>; <see cref="XlsxStyles"/> turns each distinct one into a style index.</summary>
public readonly record struct XlsxFormat(
    XlsxFont Font = XlsxFont.Regular, XlsxFill Fill = XlsxFill.None, XlsxNumber Number = XlsxNumber.General,
    bool Wrap = false, bool Top = false, bool TopBorder = false)
{
    public static readonly XlsxFormat Plain = new();
    public static readonly XlsxFormat Header = new(XlsxFont.Bold, XlsxFill.Header);
    public static readonly XlsxFormat Date = new(Number: XlsxNumber.Date);
    public static readonly XlsxFormat Amount = new(Number: XlsxNumber.Amount);
    public static readonly XlsxFormat Note = new(XlsxFont.Italic);
    public static readonly XlsxFormat Total = new(XlsxFont.Bold, TopBorder: true);
    public static readonly XlsxFormat Wrapped = new(Wrap: true);
}

/// <summary>A column of a sheet: its width in characters, its default look and whether it is hidden.</summary>
public readonly record struct XlsxColumn(double Width, XlsxFormat? Format = null, bool Hidden = false);
