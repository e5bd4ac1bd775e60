namespace Reconciler.Ingest.X12;

/// <summary>The located problems of one file, and the field readers that report into them.</summary>
internal sealed class X12Problems(string file)
{
    public List<ParseProblem> All { get; } = [];

    public bool HasErrors => All.Exists(p => p.Severity == ProblemSeverity.Error);

    public void Error(string location, string? field, string message) => All.Add(ParseProblem.Error(file, location, field, message));

    public void Warning(string location, string? field, string message) => All.Add(ParseProblem.Warning(file, location, field, message));

    public void Error(X12Segment segment, int index, string message) => Error(segment.Location, segment.Field(index), message);

    public void Warning(X12Segment segment, int index, string message) => Warning(segment.Location, segment.Field(index), message);

    /// <summary>
    /// An amount element: empty gives null (reported when <paramref name="required"/>); a value that is not
    /// an X12 decimal is reported with <paramref name="severity"/> and gives null.
    /// </summary>
    public decimal? Amount(X12Segment segment, int index, bool required, ProblemSeverity severity)
    {
        // Read from the segment's characters: the element's text is made only for the message.
        var text = segment.Span(index);
        if (text.Length == 0)
        {
            if (required) Add(severity, segment, index, "is missing; it must hold an amount");
            return null;
        }
        if (X12Values.TryAmount(text, out var amount)) return amount;
        Add(severity, segment, index, $"'{text}' is not an X12 decimal amount");
        return null;
    }

    private void Add(ProblemSeverity severity, X12Segment segment, int index, string message)
    {
        if (severity == ProblemSeverity.Error) Error(segment, index, message);
        else Warning(segment, index, message);
    }
}
