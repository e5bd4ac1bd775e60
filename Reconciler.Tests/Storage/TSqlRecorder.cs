using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

/// <summary>
/// The SQL Server dialect over a connection that only records the statements it is given (no SQL Server can run here):
/// every read finds no row, every write affects one, every new id is 1. With it the store issues, as T-SQL, every statement
/// a SQL Server would get, for <see cref="SqlServerSqlTests"/> to parse.
/// </summary>
internal sealed class TSqlRecorder(SqlDialect sqlServer) : SqlDialect
{
    public List<string> Statements { get; } = [];

    public override string Name => sqlServer.Name;
    public override string Ordinal => sqlServer.Ordinal;
    public override string False => sqlServer.False;
    public override string LockHint => sqlServer.LockHint;
    public override string LockSuffix => sqlServer.LockSuffix;
    public override string RegisterExceptions => sqlServer.RegisterExceptions;
    public override MigrationSql Migrations => sqlServer.Migrations;

    public override DbConnection CreateConnection() => new Connection(Statements);
    public override string Limit(string rows) => sqlServer.Limit(rows);
    public override string InsertIfAbsent(string table, string[] columns, string[] values, string[] key) => sqlServer.InsertIfAbsent(table, columns, values, key);
    public override string Upsert(string table, string[] columns, string[] values, string[] key, string[] update) => sqlServer.Upsert(table, columns, values, key, update);
    public override string InsertReturning(string table, string[] columns, string[] values, string id) => sqlServer.InsertReturning(table, columns, values, id);
    public override DbParameter Parameter(DbCommand command, string name, object? value) => sqlServer.Parameter(command, name, value);
    public override IReadOnlyList<(int Version, string Name, string Sql)> Scripts() => sqlServer.Scripts();

    /// <summary>SqlBulkCopy needs a server: the rows are only made (so their mapping runs) and counted, not sent.</summary>
    public override BulkRows BulkWriter(DbConnection connection, DbTransaction transaction, BulkTable table) => new CountedRows(table);

    private sealed class CountedRows(BulkTable table) : BulkRows
    {
        private int _values;

        public override BulkRows Text(string? value) => Count();
        public override BulkRows Int(long value) => Count();
        public override BulkRows Date(DateOnly value) => Count();
        public override BulkRows Bool(bool value) => Count();
        public override BulkRows Null() => Count();
        public override void Finish() { }

        public override void EndRow()
        {
            if (_values != table.Columns.Count) throw new InvalidOperationException($"{table.Name} takes {table.Columns.Count} values a row, not {_values}");
            _values = 0;
        }

        private CountedRows Count()
        {
            _values++;
            return this;
        }
    }

    private sealed class Connection(List<string> statements) : DbConnection
    {
        private ConnectionState _state;

        [AllowNull]
        public override string ConnectionString { get; set; } = "";
        public override string Database => "recorded";
        public override string DataSource => "recorder";
        public override string ServerVersion => "0";
        public override ConnectionState State => _state;
        public override void ChangeDatabase(string databaseName) { }
        public override void Close() => _state = ConnectionState.Closed;
        public override void Open() => _state = ConnectionState.Open;
        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new Transaction(this);
        protected override DbCommand CreateDbCommand() => new Command(statements) { Connection = this };
    }

    private sealed class Transaction(DbConnection connection) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;
        protected override DbConnection DbConnection => connection;
        public override void Commit() { }
        public override void Rollback() { }
    }

    private sealed class Command(List<string> statements) : DbCommand
    {
        private readonly SqlParameterCollection _parameters = new SqlCommand().Parameters;

        [AllowNull]
        public override string CommandText { get; set; } = "";
        public override int CommandTimeout { get; set; }
        public override CommandType CommandType { get; set; }
        public override bool DesignTimeVisible { get; set; }
        public override UpdateRowSource UpdatedRowSource { get; set; }
        protected override DbConnection? DbConnection { get; set; }
        protected override DbParameterCollection DbParameterCollection => _parameters;
        protected override DbTransaction? DbTransaction { get; set; }
        public override void Cancel() { }
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => new SqlParameter();

        public override int ExecuteNonQuery()
        {
            statements.Add(CommandText);
            return 1;
        }

        public override object? ExecuteScalar()
        {
            statements.Add(CommandText);
            return 1L;
        }

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
        {
            statements.Add(CommandText);
            return new DataTable().CreateDataReader();
        }
    }
}
