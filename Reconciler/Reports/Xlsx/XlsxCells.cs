namespace Reconciler.Reports.Xlsx;

/// <summary>What every workbook shares: the number formats of amounts and dates, and how a sheet is named.</summary>
public static class XlsxCells
{
    public const string AmountFormat = "#,##0.00";
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : ch).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
