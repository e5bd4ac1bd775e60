using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// A workbook written by SpreadCheetah straight to its file, sheet after sheet and row after row (nothing of a sheet
/// is kept in memory but the row being written). Create it with <see cref="CreateAsync"/>, add the sheets one at a
/// time, and call <see cref="FinishAsync"/>: a workbook disposed unfinished is not a valid file (the reports are
/// staged, and a failed night's are deleted).
/// </summary>
public sealed class XlsxWorkbook : IAsyncDisposable
{
    private static readonly SpreadCheetahOptions Options = new()
    {
        // The sheets are large and repetitive; the default level costs several times the time for a few percent.
        CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
        // Dates without a style of their own show as dates, never with a time.
        DefaultDateTimeFormat = NumberFormat.Custom(XlsxCells.DateFormat),
        // Some readers need every cell's address; leading and trailing spaces of outside text stay what they were.
        WriteCellReferenceAttributes = true,
        PreserveStringWhitespace = true,
    };

    private readonly FileStream _file;
    private readonly Spreadsheet _spreadsheet;

    private XlsxWorkbook(FileStream file, Spreadsheet spreadsheet)
    {
        _file = file;
        _spreadsheet = spreadsheet;
        Styles = new XlsxStyles(spreadsheet);
    }

    public static async Task<XlsxWorkbook> CreateAsync(string path)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            return new XlsxWorkbook(file, await Spreadsheet.CreateNewAsync(file, Options).ConfigureAwait(false));
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public XlsxStyles Styles { get; }

    /// <summary>
    /// Starts the next sheet (which ends the one before): <paramref name="frozenRows"/> rows stay in view, the columns
    /// get their widths, looks and visibility, and <paramref name="filter"/> (A1:H20) is the autofilter's range.
    /// </summary>
    public async Task<XlsxSheet> AddSheetAsync(string name, int frozenRows, IReadOnlyList<XlsxColumn> columns, string? filter = null)
    {
        var options = new WorksheetOptions { FrozenRows = frozenRows > 0 ? frozenRows : null };
        var styles = new StyleId?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var column = options.Column(i + 1);
            column.Width = columns[i].Width;
            column.Hidden = columns[i].Hidden;
            styles[i] = Styles.Id(columns[i].Format);
            if (styles[i] is not null) column.DefaultStyle = XlsxStyles.Style(columns[i].Format!.Value);
        }
        if (filter is not null) options.AutoFilter = new AutoFilterOptions(filter);
        await _spreadsheet.StartWorksheetAsync(name, options).ConfigureAwait(false);
        return new XlsxSheet(_spreadsheet, Styles, styles);
    }

    /// <summary>Ends the last sheet and writes what the workbook needs to be valid (styles, sheet list).</summary>
    public async Task FinishAsync() => await _spreadsheet.FinishAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _spreadsheet.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
