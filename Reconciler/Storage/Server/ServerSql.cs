namespace Reconciler.Storage.Server;

/// <summary>
/// Every statement a server store issues, grouped by concern. Each provider supplies its own dialect's text
/// (PostgreSqlSql, SqlServerSql); a new store method adds a property here and the compiler asks both for it.
/// Parameters are named @name in every dialect.
/// </summary>
public sealed record ServerSql
{
    public required MigrationSql Migrations { get; init; }
    public required RunSql Runs { get; init; }
    public required ImportSql Imports { get; init; }
    public required NightSql Night { get; init; }
    public required ResultSql Results { get; init; }
    public required ExplainSql Explain { get; init; }
    public required StoredRunSql Stored { get; init; }
    public required DecisionSql Decisions { get; init; }
    public required LockSql Locks { get; init; }
}

/// <summary>The migrator's own statements: lock, bookkeeping table, applied versions, record one.</summary>
public sealed record MigrationSql
{
    /// <summary>Serialises migrators for the rest of the current transaction.</summary>
    public required string Lock { get; init; }
    /// <summary>1 (or true) when schema_migrations exists: a DML-only account then never issues DDL.</summary>
    public required string Exists { get; init; }
    public required string CreateTable { get; init; }
    public required string Applied { get; init; }
    /// <summary>@version, @name.</summary>
    public required string Record { get; init; }
}

/// <summary>The run ledger.</summary>
public sealed record RunSql
{
    /// <summary>@id, @asOf, @trigger, @hash, @at.</summary>
    public required string Start { get; init; }
    /// <summary>@id, @message, @at.</summary>
    public required string Fail { get; init; }
    /// <summary>@last.</summary>
    public required string List { get; init; }
    /// <summary>@asOf, @run.</summary>
    public required string Supersede { get; init; }
    /// <summary>@run, @at, @counts.</summary>
    public required string Complete { get; init; }
}

/// <summary>Imported files.</summary>
public sealed record ImportSql
{
    /// <summary>@hash.</summary>
    public required string FindIngested { get; init; }
    /// <summary>@hash, @file, @format, @status, @records, @problems, @asOf, @run, @at; returns the new import_id.</summary>
    public required string Insert { get; init; }
    /// <summary>@import, @ordinal, @account, @currency, @opening, @closing, @balanced, @note; returns the new statement_id.</summary>
    public required string InsertStatement { get; init; }
    /// <summary>Upsert of @run, @import, @outcome.</summary>
    public required string Link { get; init; }
    /// <summary>Files first read on the night @asOf and quarantined.</summary>
    public required string Quarantined { get; init; }
    /// <summary>Statements of files first read on the night @asOf that do not add up.</summary>
    public required string Unbalanced { get; init; }
}

/// <summary>What a night reads before matching.</summary>
public sealed record NightSql
{
    /// <summary>@asOf, @debits.</summary>
    public required string Lines { get; init; }
    public required string OutstandingItems { get; init; }
    public required string UnsettledBatches { get; init; }
    public required string PriorPayments { get; init; }
    public required string PreviousOpenItems { get; init; }
    public required string PreviousBalances { get; init; }
    public required string FirstSeen { get; init; }
    public required string PreviousExceptions { get; init; }
}

/// <summary>Set-based steps of CompleteRun beyond the bulk copies.</summary>
public sealed record ResultSql
{
    /// <summary>Upserts the registry from the exceptions of @run, last seen @asOf.</summary>
    public required string RegisterExceptions { get; init; }
}

/// <summary>The explain command's look-ups; all take @id (Applications also @byInvoice).</summary>
public sealed record ExplainSql
{
    public required string Exception { get; init; }
    public required string ExceptionSource { get; init; }
    public required string BankLine { get; init; }
    public required string PaymentItem { get; init; }
    public required string ItemKey { get; init; }
    public required string Invoice { get; init; }
    public required string InvoiceExceptions { get; init; }
    public required string Decisions { get; init; }
    public required string Applications { get; init; }
    public required string Settlements { get; init; }
    public required string SourceExceptions { get; init; }
}

/// <summary>What completed nights wrote, read back (reruns, reports, decisions).</summary>
public sealed record StoredRunSql
{
    /// <summary>The as-of date of the latest completed night (no rows: none yet).</summary>
    public required string LatestAsOf { get; init; }
    public required string LatestExceptions { get; init; }
    public required string LatestOpenBalances { get; init; }
    /// <summary>The rest take @run.</summary>
    public required string Inputs { get; init; }
    public required string OpenItems { get; init; }
    public required string Applications { get; init; }
    public required string Settlements { get; init; }
    public required string Positions { get; init; }
    public required string Exceptions { get; init; }
}

/// <summary>Reviewers' decisions.</summary>
public sealed record DecisionSql
{
    /// <summary>@hash, @file, @asOf, @at, @count; affects no row when @hash was imported before.</summary>
    public required string InsertImport { get; init; }
    /// <summary>@hash, @exception, @action, @applyTo, @note, @sheet, @row, @category, @sourceKind, @sourceId, @invoice.</summary>
    public required string Insert { get; init; }
    /// <summary>@asOf: decisions answering earlier nights, oldest first.</summary>
    public required string For { get; init; }
}

/// <summary>The run lock per ledger; every statement takes @ledger.</summary>
public sealed record LockSql
{
    /// <summary>The current holder, locked until the transaction ends (also when there is none yet).</summary>
    public required string Current { get; init; }
    /// <summary>@holder, @pid, @host, @at; affects no row when another process inserted first.</summary>
    public required string Insert { get; init; }
    /// <summary>@holder, @pid, @host, @at.</summary>
    public required string TakeOver { get; init; }
    /// <summary>@holder, @at.</summary>
    public required string Heartbeat { get; init; }
    /// <summary>@holder.</summary>
    public required string Release { get; init; }
}
