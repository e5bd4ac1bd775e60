namespace Reconciler.Reports;

/// <summary>
/// Text from outside data that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
/// carriage return) is written with a leading apostrophe, in CSV and XLSX alike.
/// </summary>
public static class CellText
{
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
