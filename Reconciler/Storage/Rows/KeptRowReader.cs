using System.Collections;
using System.Data.Common;

namespace Reconciler.Storage.Rows;

/// <summary>
/// Kept rows (<see cref="KeptRows"/>) read as a query's result: each column of the result is a column of the kept rows
/// (<paramref name="columns"/>). Only what the store's row mapping reads is there: values, their types, nulls.
/// </summary>
internal sealed class KeptRowReader(IReadOnlyList<object[]> rows, int[] columns) : DbDataReader
{
    private int _row = -1;

    public override bool Read() => ++_row < rows.Count;

    public override object GetValue(int ordinal) => rows[_row][columns[ordinal]];

    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;

    public override Type GetFieldType(int ordinal) => GetValue(ordinal).GetType();

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    public override int FieldCount => columns.Length;

    public override bool HasRows => rows.Count > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => throw new NotSupportedException();

    public override bool NextResult() => false;

    public override int GetValues(object[] values) => throw new NotSupportedException();

    public override int GetOrdinal(string name) => throw new NotSupportedException();

    public override string GetName(int ordinal) => throw new NotSupportedException();

    public override string GetDataTypeName(int ordinal) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();
}
