namespace Reconciler.Reports.Cells;

/// <summary>
/// Text from outside data that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
/// carriage return) is written with a leading apostrophe, in CSV and XLSX alike.
/// </summary>
public static class CellText
{
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return NeedsApostrophe(text[0]) ? "'" + text : text;
    }

    /// <summary>Whether text starting with <paramref name="first"/> could be run as a formula.</summary>
    public static bool NeedsApostrophe(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
