namespace Reconciler.Storage;

/// <summary>
/// One table's rows going to the database's bulk writer (batched inserts, binary COPY, SqlBulkCopy), given value by value
/// in the table's column order and ended with <see cref="EndRow"/>. Typed, so a night's millions of rows cost no array and
/// no boxed number each. <see cref="Finish"/> writes what is pending; disposing without it abandons it (the caller's
/// transaction is being rolled back then anyway).
/// </summary>
public abstract class BulkRows : IDisposable
{
    public abstract BulkRows Text(string? value);

    /// <summary>A text given as characters (a text made for the row only need not become a string where the writer can take them).</summary>
    public virtual BulkRows Chars(ReadOnlySpan<char> value) => Text(value.ToString());

    /// <summary>An Int or BigInt column.</summary>
    public abstract BulkRows Int(long value);

    public abstract BulkRows Date(DateOnly value);

    public abstract BulkRows Bool(bool value);

    public abstract BulkRows Null();

    public BulkRows Int(long? value) => value is { } v ? Int(v) : Null();

    public BulkRows Date(DateOnly? value) => value is { } d ? Date(d) : Null();

    /// <summary>An amount, stored as integer ten-thousandths (<see cref="Fixed4"/>).</summary>
    public BulkRows Amount(decimal value) => Int(Fixed4.ToStore(value));

    public BulkRows Amount(decimal? value) => value is { } v ? Amount(v) : Null();

    /// <summary>Ends the row given since the last one.</summary>
    public abstract void EndRow();

    /// <summary>Writes the rows still pending.</summary>
    public abstract void Finish();

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
