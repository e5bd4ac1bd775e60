using Npgsql;
using NpgsqlTypes;

namespace Reconciler.Storage.PostgreSql;

/// <summary>A table's rows streamed to PostgreSQL with binary <c>COPY</c>, each value written as its column's type.</summary>
internal sealed class PostgreSqlCopy : BulkRows
{
    private readonly BulkTable _table;
    private readonly NpgsqlBinaryImporter _importer;
    private int _column;

    public PostgreSqlCopy(NpgsqlConnection connection, BulkTable table)
    {
        _table = table;
        _importer = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.ColumnNames)}) FROM STDIN (FORMAT BINARY)");
    }

    public override BulkRows Text(string? value)
    {
        if (value is null) return Null();
        Start(BulkType.Text).Write(value, NpgsqlDbType.Text);
        return Next();
    }

    public override BulkRows Int(long value)
    {
        if (_table.Columns[Column()].Type == BulkType.Int) Start(BulkType.Int).Write(checked((int)value), NpgsqlDbType.Integer);
        else Start(BulkType.BigInt).Write(value, NpgsqlDbType.Bigint);
        return Next();
    }

    public override BulkRows Date(DateOnly value)
    {
        Start(BulkType.Date).Write(value, NpgsqlDbType.Date);
        return Next();
    }

    public override BulkRows Bool(bool value)
    {
        Start(BulkType.Bool).Write(value, NpgsqlDbType.Boolean);
        return Next();
    }

    public override BulkRows Null()
    {
        Start(null).WriteNull();
        return Next();
    }

    public override void EndRow()
    {
        if (_column != _table.Columns.Count) throw new InvalidOperationException($"{_table.Name} takes {_table.Columns.Count} values a row, not {_column}");
        _column = 0;
    }

    public override void Finish()
    {
        if (_column != 0) throw new InvalidOperationException($"{_table.Name}: a row was begun and not ended");
        _importer.Complete();
    }

    public override void Dispose()
    {
        _importer.Dispose();
        base.Dispose();
    }

    /// <summary>The column the next value goes to.</summary>
    private int Column() => _column < _table.Columns.Count ? _column
        : throw new InvalidOperationException($"{_table.Name} takes {_table.Columns.Count} values a row: the row has more");

    /// <summary>The importer, ready for the next value (of <paramref name="type"/>, unless a null).</summary>
    private NpgsqlBinaryImporter Start(BulkType? type)
    {
        var column = _table.Columns[Column()];
        if (type is { } t && column.Type != t) throw new InvalidOperationException($"{_table.Name}.{column.Column} is {column.Type}, not {t}");
        if (_column == 0) _importer.StartRow();
        return _importer;
    }

    private PostgreSqlCopy Next()
    {
        _column++;
        return this;
    }
}
