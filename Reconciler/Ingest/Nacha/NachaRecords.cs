namespace Reconciler.Ingest.Nacha;

/// <summary>The records of a NACHA file, with the layout facts found while cutting them.</summary>
internal sealed record NachaRecords(List<NachaRecord> Records, int FillerRecords, int FillerBeforeControl);

/// <summary>
/// Cuts NACHA text into 94-character records: one per line, or every 94 characters when the file has no line
/// breaks. Short lines (trimmed padding) are padded back and long ones cut, with one warning per file;
/// all-nine block-filler lines are counted and set aside.
/// </summary>
internal static class NachaRecordCutter
{
    public const int Length = 94;

    public static NachaRecords Cut(string text, string file, List<ParseProblem> problems)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        var unit = "line";
        if (lines.Count == 1 && lines[0].Length > Length)
        {
            unit = "record";
            var single = lines[0];
            lines = Enumerable.Range(0, (single.Length + Length - 1) / Length)
                .Select(i => single.Substring(i * Length, Math.Min(Length, single.Length - (i * Length)))).ToList();
        }

        var records = new List<NachaRecord>();
        int filler = 0, fillerEarly = 0, shortCount = 0, longCount = 0;
        string? firstShort = null, firstLong = null;
        var sawControl = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var location = $"{unit} {i + 1}";
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                problems.Add(ParseProblem.Warning(file, location, null, "blank line inside the file; ignored"));
                continue;
            }
            var content = line.TrimEnd();
            if (content.Length >= 10 && content.All(c => c == '9'))
            {
                filler++;
                if (!sawControl) fillerEarly++;
                continue;
            }
            if (line.Length < Length) { shortCount++; firstShort ??= location; }
            if (line.Length > Length)
            {
                longCount++;
                firstLong ??= location;
                if (content.Length > Length)
                    problems.Add(ParseProblem.Warning(file, location, null, $"record is {content.Length} characters long; characters after position 94 ignored"));
            }
            var padded = line.Length >= Length ? line[..Length] : line.PadRight(Length);
            if (padded[0] == '9') sawControl = true;
            records.Add(new NachaRecord(padded, i + 1, location));
        }
        if (shortCount > 0)
            problems.Add(ParseProblem.Warning(file, firstShort!, null, $"{shortCount} record(s) shorter than 94 characters (padding trimmed); read as if padded with blanks"));
        if (longCount > 0)
            problems.Add(ParseProblem.Warning(file, firstLong!, null, $"{longCount} record(s) longer than 94 characters; read up to position 94"));
        return new NachaRecords(records, filler, fillerEarly);
    }
}
