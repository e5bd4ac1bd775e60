using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace Reconciler.Storage.SqlServer;

/// <summary>A table's rows handed to <see cref="SqlBulkCopy"/> a chunk at a time: a night's tables are streamed, never held whole.</summary>
internal sealed class SqlServerBulkCopy : BulkRows
{
    private const int ChunkRows = 10_000;

    private readonly BulkTable _table;
    private readonly SqlBulkCopy _copy;
    private readonly DataTable _data;
    private readonly object[] _row;
    private int _column;

    public SqlServerBulkCopy(SqlConnection connection, SqlTransaction transaction, BulkTable table)
    {
        _table = table;
        _copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints, transaction) { DestinationTableName = table.Name, BulkCopyTimeout = 0 };
        foreach (var column in table.ColumnNames) _copy.ColumnMappings.Add(column, column);
        _data = new DataTable(table.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var (column, type) in table.Columns) _data.Columns.Add(column, ClrType(type));
        _row = new object[table.Columns.Count];
    }

    public override BulkRows Text(string? value) => Put(value is null ? DBNull.Value : value);

    public override BulkRows Int(long value) => Put(_table.Columns[Column()].Type == BulkType.Int ? checked((int)value) : value);

    public override BulkRows Date(DateOnly value) => Put(value.ToDateTime(TimeOnly.MinValue));

    public override BulkRows Bool(bool value) => Put(value);

    public override BulkRows Null() => Put(DBNull.Value);

    public override void EndRow()
    {
        if (_column != _row.Length) throw new InvalidOperationException($"{_table.Name} takes {_row.Length} values a row, not {_column}");
        _data.Rows.Add(_row);
        _column = 0;
        if (_data.Rows.Count < ChunkRows) return;
        _copy.WriteToServer(_data);
        _data.Clear();
    }

    public override void Finish()
    {
        if (_column != 0) throw new InvalidOperationException($"{_table.Name}: a row was begun and not ended");
        if (_data.Rows.Count > 0) _copy.WriteToServer(_data);
        _data.Clear();
    }

    public override void Dispose()
    {
        _data.Dispose();
        ((IDisposable)_copy).Dispose();
        base.Dispose();
    }

    private int Column() => _column < _row.Length ? _column
        : throw new InvalidOperationException($"{_table.Name} takes {_row.Length} values a row: the row has more");

    private SqlServerBulkCopy Put(object value)
    {
        _row[Column()] = value;
        _column++;
        return this;
    }

    private static Type ClrType(BulkType type) => type switch
    {
        BulkType.Text => typeof(string),
        BulkType.Int => typeof(int),
        BulkType.BigInt => typeof(long),
        BulkType.Date => typeof(DateTime),
        BulkType.Bool => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown column type"),
    };
}
