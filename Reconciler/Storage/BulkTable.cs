namespace Reconciler.Storage;

/// <summary>The kinds of value a bulk-written column holds; each provider maps them to its own types.</summary>
public enum BulkType
{
    Text,
    Int,
    BigInt,
    Date,
    Bool,
}

/// <summary>A table written in bulk (batched inserts, COPY, SqlBulkCopy): its name and the columns each row gives, in order.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<(string Column, BulkType Type)> Columns)
{
    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Column);
}
