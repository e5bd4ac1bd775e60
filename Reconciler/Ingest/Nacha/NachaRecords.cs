namespace Reconciler.Ingest.Nacha;

/// <summary>The layout facts found while cutting a NACHA file: records handed on, and block-filler records set aside.</summary>
internal sealed record NachaRecords(int Records, int FillerRecords, int FillerBeforeControl);

/// <summary>
/// Cuts NACHA text into 94-character records as it is read and hands each to <paramref name="sink"/> as a view (valid
/// during the call): one per line, or every 94 characters when the file has no line breaks. Short lines (trimmed
/// padding) are padded back and long ones cut, with one warning per file; all-nine block-filler lines are counted and
/// set aside; blank lines are reported unless they end the file.
/// </summary>
internal sealed class NachaRecordCutter(string file, List<ParseProblem> problems, Action<NachaRecord> sink)
{
    public const int Length = 94;

    private readonly List<int> _blanks = [];
    // A short record is padded here: no string is made for it.
    private readonly char[] _padded = new char[Length];
    private int _records, _filler, _fillerEarly, _shortCount, _longCount;
    private string? _firstShort, _firstLong;
    private bool _sawControl;

    public static NachaRecords Cut(RecordText text, string file, List<ParseProblem> problems, Action<NachaRecord> sink) =>
        new NachaRecordCutter(file, problems, sink).Cut(text);

    private NachaRecords Cut(RecordText text)
    {
        // A long first line is held back: when nothing but blank lines follows it, the file has no line breaks.
        string? heldFirst = null;
        var number = 0;
        while (text.TryReadLine(anyBreak: false, out var raw))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { _blanks.Add(number); continue; }
            if (number == 1 && line.Length > Length) { heldFirst = line.ToString(); continue; }
            if (heldFirst is not null) { Line(heldFirst, "line", 1); heldFirst = null; }
            foreach (var blank in _blanks) problems.Add(ParseProblem.Warning(file, $"line {blank}", null, "blank line inside the file; ignored"));
            _blanks.Clear();
            Line(line, "line", number);
        }
        if (heldFirst is not null)
        {
            for (var i = 0; i * Length < heldFirst.Length; i++)
                Line(heldFirst.AsSpan(i * Length, Math.Min(Length, heldFirst.Length - (i * Length))), "record", i + 1);
        }
        if (_shortCount > 0)
            problems.Add(ParseProblem.Warning(file, _firstShort!, null, $"{_shortCount} record(s) shorter than 94 characters (padding trimmed); read as if padded with blanks"));
        if (_longCount > 0)
            problems.Add(ParseProblem.Warning(file, _firstLong!, null, $"{_longCount} record(s) longer than 94 characters; read up to position 94"));
        return new NachaRecords(_records, _filler, _fillerEarly);
    }

    private void Line(ReadOnlySpan<char> line, string unit, int number)
    {
        if (line.Trim().Length == 0)
        {
            problems.Add(ParseProblem.Warning(file, $"{unit} {number}", null, "blank line inside the file; ignored"));
            return;
        }
        var content = line.TrimEnd();
        if (content.Length >= 10 && !content.ContainsAnyExcept('9'))
        {
            _filler++;
            if (!_sawControl) _fillerEarly++;
            return;
        }
        if (line.Length < Length) { _shortCount++; _firstShort ??= $"{unit} {number}"; }
        if (line.Length > Length)
        {
            _longCount++;
            _firstLong ??= $"{unit} {number}";
            if (content.Length > Length)
                problems.Add(ParseProblem.Warning(file, $"{unit} {number}", null, $"record is {content.Length} characters long; characters after position 94 ignored"));
        }
        var padded = line.Length >= Length ? line[..Length] : Padded(line);
        if (padded[0] == '9') _sawControl = true;
        _records++;
        sink(new NachaRecord(padded, number, unit));
    }

    private ReadOnlySpan<char> Padded(ReadOnlySpan<char> line)
    {
        line.CopyTo(_padded);
        _padded.AsSpan(line.Length).Fill(' ');
        return _padded;
    }
}
