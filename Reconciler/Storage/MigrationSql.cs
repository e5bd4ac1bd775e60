namespace Reconciler.Storage;

/// <summary>The migrator's own statements: lock, bookkeeping table, applied versions, record one.</summary>
public sealed record MigrationSql
{
    /// <summary>Serialises migrators for the rest of the current transaction (empty: the transaction itself does).</summary>
    public required string Lock { get; init; }
    /// <summary>1 (or true) when schema_migrations exists: a DML-only account then never issues DDL.</summary>
    public required string Exists { get; init; }
    public required string CreateTable { get; init; }
    public string Applied { get; init; } = "SELECT version FROM schema_migrations";
    /// <summary>@version, @name (the database's clock dates it).</summary>
    public required string Record { get; init; }
}
