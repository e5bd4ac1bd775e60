namespace Reconciler.Storage;

/// <summary>Which store to open: a provider name, the SQLite file or the server's connection string, and whether this is a dry run.</summary>
public sealed record StoreOptions(string Provider, string? SqlitePath, string? ConnectionString, bool DryRun = false, int BusyTimeoutSeconds = 30);
