namespace Reconciler.Configuration;

/// <summary>
/// The "Reconciler" section of config/appsettings.json. Relative paths are resolved against the folder
/// that holds the config folder (the repository root, or the executable's folder when installed).
/// </summary>
public sealed class ReconcilerSettings
{
    /// <summary>Time zone that decides "today" for the default as-of date (IANA id). Default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Folder of bank and payment files to read.</summary>
    public string Inbox { get; set; } = "sample-data/inbox";

    /// <summary>The open-items CSV (canonical columns).</summary>
    public string Invoices { get; set; } = "sample-data/invoices.csv";

    /// <summary>Where reports go when --out is not given: one folder per as-of date below it.</summary>
    public string ReportsRoot { get; set; } = "reports";

    /// <summary>Where unreadable files are copied, per night, with a .problems.txt beside each.</summary>
    public string QuarantineRoot { get; set; } = "data/quarantine";

    /// <summary>Currency of bank CSV lines that carry none and have no profile saying it.</summary>
    public string DefaultCurrency { get; set; } = "USD";

    public DatabaseSettings Database { get; set; } = new();

    /// <summary>The rules file, relative to the config folder.</summary>
    public string Rules { get; set; } = "rules.json";

    public AgingSettings Aging { get; set; } = new();

    public RunLockSettings RunLock { get; set; } = new();
}

public sealed class RunLockSettings
{
    /// <summary>What a run does when another holds the ledger's lock: "refuse" (default) or "wait".</summary>
    public string WhenBusy { get; set; } = "refuse";

    /// <summary>How long a waiting run waits before giving up.</summary>
    public int WaitSeconds { get; set; } = 600;

    /// <summary>A lock whose holder has not beaten for this long (a dead worker on another host) is taken over.</summary>
    public int StaleAfterMinutes { get; set; } = 30;
}

public sealed class DatabaseSettings
{
    /// <summary>Sqlite (embedded default), SqlServer or PostgreSql.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file.</summary>
    public string Path { get; set; } = "data/reconciler.db";

    /// <summary>For server providers; may also come from the RECONCILER_CONNECTION environment variable.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class AgingSettings
{
    /// <summary>
    /// Upper edges (days past due) of the buckets after "current"; the last bucket is open-ended. Empty means
    /// the contract's defaults 30, 60, 90 (a list default would be appended to by the configuration binder).
    /// </summary>
    public List<int> Buckets { get; set; } = [];
}
