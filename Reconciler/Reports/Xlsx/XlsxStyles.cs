using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// The styles of one workbook: each distinct <see cref="XlsxFormat"/> becomes a SpreadCheetah style on first use
/// (the plain look is no style at all). Fonts, fills and number formats are fixed lists indexed by the enums.
/// </summary>
public sealed class XlsxStyles(Spreadsheet spreadsheet)
{
    /// <summary>Fills by <see cref="XlsxFill"/>: none, header blue, reviewer green, error red, warning amber.</summary>
    private static readonly Color?[] Fills =
        [null, Color.FromArgb(0xDD, 0xEB, 0xF7), Color.FromArgb(0xE2, 0xEF, 0xDA), Color.FromArgb(0xF8, 0xCB, 0xAD), Color.FromArgb(0xFF, 0xE6, 0x99)];

    private static readonly NumberFormat DateFormat = NumberFormat.Custom(XlsxCells.DateFormat);
    private static readonly NumberFormat AmountFormat = NumberFormat.Custom(XlsxCells.AmountFormat);

    private readonly Dictionary<XlsxFormat, StyleId> _ids = [];

    /// <summary>The style of <paramref name="format"/>; null for the plain look.</summary>
    public StyleId? Id(XlsxFormat? format)
    {
        if (format is not { } f || f == XlsxFormat.Plain) return null;
        if (!_ids.TryGetValue(f, out var id)) _ids[f] = id = spreadsheet.AddStyle(Style(f));
        return id;
    }

    /// <summary>The SpreadCheetah style of <paramref name="f"/> (a column's default look is given as one).</summary>
    public static Style Style(XlsxFormat f)
    {
        var style = new Style();
        style.Font.Bold = f.Font is XlsxFont.Bold or XlsxFont.Title;
        style.Font.Italic = f.Font == XlsxFont.Italic;
        if (f.Font == XlsxFont.Title) style.Font.Size = 14;
        if (f.Font == XlsxFont.Link)
        {
            style.Font.Underline = Underline.Single;
            style.Font.Color = Color.Blue;
        }
        if (Fills[(int)f.Fill] is { } fill) style.Fill.Color = fill;
        if (f.Number == XlsxNumber.Date) style.Format = DateFormat;
        if (f.Number == XlsxNumber.Amount) style.Format = AmountFormat;
        style.Alignment.WrapText = f.Wrap;
        if (f.Top) style.Alignment.Vertical = VerticalAlignment.Top;
        if (f.TopBorder) style.Border.Top.BorderStyle = BorderStyle.Thin;
        return style;
    }
}
