namespace Reconciler.Tests.Support;

/// <summary>Reading report files back in tests.</summary>
public static class ReportFiles
{
    /// <summary>The CSV's lines with the run_id column (wherever it stands) left out, for comparing two runs.</summary>
    public static IReadOnlyList<string> WithoutRunId(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return lines;
        var column = Array.IndexOf(lines[0].Split(','), "run_id");
        if (column < 0) return lines;
        return lines.Select(line =>
        {
            var cells = SplitQuoted(line);
            if (column < cells.Count) cells.RemoveAt(column);
            return string.Join('\u001f', cells);
        }).ToList();
    }

    /// <summary>The rows of a CSV as header-keyed dictionaries (no quoted commas in the values read this way).</summary>
    public static IReadOnlyList<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => SplitQuoted(l)).Select(cells =>
            header.Select((h, i) => (h, v: i < cells.Count ? cells[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    private static List<string> SplitQuoted(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }
}
