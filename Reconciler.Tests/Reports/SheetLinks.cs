using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Reconciler.Tests.Reports;

/// <summary>Reads the formulas a workbook holds and the sheet links among them, from the file itself (not through a reader's evaluation).</summary>
public static partial class SheetLinks
{
    /// <summary>Every formula of every sheet, by sheet part (xl/worksheets/sheetN.xml), as Excel would read it.</summary>
    public static IReadOnlyList<(string Part, string Formula)> Formulas(string path)
    {
        var formulas = new List<(string, string)>();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.Name.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            foreach (Match m in FormulaElement().Matches(reader.ReadToEnd()))
                formulas.Add((entry.FullName, WebUtility.HtmlDecode(m.Groups[1].Value)));
        }
        return formulas;
    }

    /// <summary>The sheet a HYPERLINK formula to cell A1 of a sheet of the same workbook leads to, and the text it shows; null for any other formula.</summary>
    public static (string Sheet, string Shown)? Target(string formula)
    {
        var m = Link().Match(formula);
        return m.Success ? (m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal), m.Groups[2].Value.Replace("\"\"", "\"", StringComparison.Ordinal)) : null;
    }

    [GeneratedRegex("<(?:x:)?f(?:\\s[^>]*)?>(.*?)</(?:x:)?f>", RegexOptions.Singleline)]
    private static partial Regex FormulaElement();

    [GeneratedRegex("^HYPERLINK\\(\"#'((?:[^'\"]|''|\"\")+)'!A1\",\"((?:[^\"]|\"\")*)\"\\)$")]
    private static partial Regex Link();
}
