namespace Reconciler.Ingest.Csv;

/// <summary>
/// A record's fields by column, trimmed: a row kept as strings (<see cref="CsvRow"/>) or the reader's current record
/// read in place (<see cref="CsvRecords"/>), so one row reader serves both.
/// </summary>
internal interface ICsvFields
{
    /// <summary>The physical line the record starts on.</summary>
    int Line { get; }

    /// <summary>The trimmed field; empty for a column the record does not have (or a negative index).</summary>
    ReadOnlySpan<char> Span(int index);

    /// <summary>The trimmed field as a string; "" for a column the record does not have.</summary>
    string Field(int index);
}
