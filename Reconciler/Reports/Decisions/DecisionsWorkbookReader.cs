using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Reconciler.Reports.Xlsx;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// Reads a returned exceptions.xlsx: every row of a category sheet whose Decision a reviewer filled becomes a
/// <see cref="ReviewerDecision"/>, keyed by the hidden exception_id_key (the visible id may be edited). Rows that
/// cannot be trusted (an unknown Decision, an empty or tampered key, a formula) become located problems instead.
/// </summary>
public static partial class DecisionsWorkbookReader
{
    public static DecisionsRead Read(string path)
    {
        var file = Path.GetFileName(path);
        var decisions = new List<ReviewerDecision>();
        var problems = new List<DecisionProblem>();
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets.Where(s => s.Name != ExceptionColumns.SummarySheet))
        {
            var columns = HeaderColumns(sheet);
            if (!columns.TryGetValue(ExceptionColumns.Decision, out var decisionColumn)) continue;
            if (!columns.TryGetValue(ExceptionColumns.Key, out var keyColumn))
            {
                problems.Add(new DecisionProblem(file, sheet.Name, 1, $"the column {ExceptionColumns.Key} is missing; return the workbook as it was sent"));
                continue;
            }
            var applyColumn = columns.GetValueOrDefault(ExceptionColumns.ApplyTo);
            var noteColumn = columns.GetValueOrDefault(ExceptionColumns.Note);
            var idColumn = columns.GetValueOrDefault("exception_id");
            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            for (var row = 2; row <= last; row++)
            {
                var decisionCell = sheet.Cell(row, decisionColumn);
                if (!decisionCell.HasFormula && Text(decisionCell).Trim().Length == 0) continue;
                var problem = Problem(sheet, row, decisionColumn, keyColumn, applyColumn, noteColumn, idColumn);
                if (problem is not null)
                {
                    problems.Add(new DecisionProblem(file, sheet.Name, row, problem));
                    continue;
                }
                var (targets, applyProblem) = ApplyToText.Read(applyColumn == 0 ? "" : Text(sheet.Cell(row, applyColumn)));
                if (applyProblem is not null)
                {
                    problems.Add(new DecisionProblem(file, sheet.Name, row, $"{ExceptionColumns.ApplyTo}: {applyProblem}"));
                    continue;
                }
                var applyTo = targets.Select(t => t.ToString()).ToList();
                var note = noteColumn == 0 ? "" : Text(sheet.Cell(row, noteColumn)).Trim();
                decisions.Add(new ReviewerDecision(Text(sheet.Cell(row, keyColumn)).Trim(), DecisionAction.Normalise(Text(decisionCell))!,
                    applyTo, note.Length == 0 ? null : note, sheet.Name, row));
            }
        }
        return new DecisionsRead(decisions, problems);
    }

    private static string? Problem(IXLWorksheet sheet, int row, int decision, int key, int apply, int note, int id)
    {
        foreach (var column in new[] { decision, key, apply, note }.Where(c => c > 0))
        {
            if (sheet.Cell(row, column).HasFormula) return $"{sheet.Cell(1, column).GetString()} holds a formula; type the value instead";
        }
        var shown = Text(sheet.Cell(row, decision)).Trim();
        if (DecisionAction.Normalise(shown) is null)
            return $"Decision '{shown}' is not one of: {string.Join(", ", ExceptionColumns.Decisions)}";
        var keyText = Text(sheet.Cell(row, key)).Trim();
        if (keyText.Length == 0) return $"the hidden {ExceptionColumns.Key} is empty, so the row cannot be tied to an exception";
        if (!IdPattern().IsMatch(keyText)) return $"the hidden {ExceptionColumns.Key} '{keyText}' is not an exception id";
        var visible = id == 0 ? "" : Text(sheet.Cell(row, id)).Trim();
        if (visible.Length > 0 && !string.Equals(visible, keyText, StringComparison.Ordinal))
            return $"exception_id '{visible}' does not match the hidden {ExceptionColumns.Key} '{keyText}'; was the row edited or moved?";
        return null;
    }

    private static Dictionary<string, int> HeaderColumns(IXLWorksheet sheet)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = sheet.Row(1).LastCellUsed()?.Address.ColumnNumber ?? 0;
        for (var c = 1; c <= last; c++) columns.TryAdd(Text(sheet.Cell(1, c)).Trim(), c);
        return columns;
    }

    private static string Text(IXLCell cell) => cell.IsEmpty() ? "" : cell.GetString();

    [GeneratedRegex("^EX-[0-9A-F]{12}$")]
    private static partial Regex IdPattern();
}
