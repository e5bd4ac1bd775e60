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

    /// <summary>The journal's account codes by role, in the config folder (docs/books.md); without it accounts are named by role.</summary>
    public string Accounts { get; set; } = "accounts.json";

    public AgingSettings Aging { get; set; } = new();

    public ReportSettings Reports { get; set; } = new();

    public RunLockSettings RunLock { get; set; } = new();

    public InboxSettings InboxLifecycle { get; set; } = new();

    public ScheduleSettings Schedule { get; set; } = new();

    /// <summary>Where open items come from: the CSV (default) or a query against the billing database.</summary>
    public OpenItemsSourceSettings OpenItemsSource { get; set; } = new();
}

public sealed class OpenItemsSourceSettings
{
    /// <summary>"csv" (Reconciler:Invoices, or the ledger's Invoices), "sqlserver" or "postgresql".</summary>
    public string Kind { get; set; } = "csv";

    /// <summary>The billing database; may also come from the RECONCILER_BILLING_CONNECTION environment variable.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>A SELECT returning one row per open item; the night's as-of date is the parameter @AsOf.</summary>
    public string? Query { get; set; }

    /// <summary>Canonical column (invoice_number, customer_id, ...) to the query's column name; unmapped ones keep their name.</summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int CommandTimeoutSeconds { get; set; } = 120;
}

public sealed class ScheduleSettings
{
    /// <summary>Quartz cron expression (seconds first). Default: every night at 02:00.</summary>
    public string Cron { get; set; } = "0 0 2 * * ?";

    /// <summary>The schedule's time zone (IANA id); empty means Reconciler:TimeZone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>How late a scheduled night may be before `runs --last 1` reports it overdue.</summary>
    public int GraceMinutes { get; set; } = 120;

    /// <summary>One job per ledger (bank account group or entity), each with its own inbox; empty means one "default" ledger.</summary>
    public List<LedgerSettings> Ledgers { get; set; } = [];

    /// <summary>
    /// Several workers sharing one schedule (Quartz clustering in the server database). Empty: on for PostgreSql and
    /// SqlServer, off for Sqlite (which Quartz refuses to cluster; true there is a configuration error).
    /// </summary>
    public bool? Clustered { get; set; }

    /// <summary>How often a clustered worker records in the database that it is alive.</summary>
    public int CheckinSeconds { get; set; } = 10;

    /// <summary>How long past a missed check-in the other workers wait before recovering a worker's nights.</summary>
    public int CheckinMisfireSeconds { get; set; } = 20;
}

public sealed class LedgerSettings
{
    public string Name { get; set; } = "default";

    /// <summary>The ledger's inbox; empty means Reconciler:Inbox.</summary>
    public string? Inbox { get; set; }

    /// <summary>The ledger's open-items CSV; empty means Reconciler:Invoices.</summary>
    public string? Invoices { get; set; }

    /// <summary>The ledger's own cron; empty means Schedule:Cron.</summary>
    public string? Cron { get; set; }
}

public sealed class InboxSettings
{
    /// <summary>
    /// "move": complete files are moved to inbox/processing/ while the night runs, then to the archive (or
    /// quarantine) folder of the night; a crash leaves them in processing/ for the next run. "keep": files stay where
    /// they are (quarantined ones are copied), as for the sample data. Nothing is ever deleted.
    /// </summary>
    public string Mode { get; set; } = "keep";

    /// <summary>When a file is complete: "stable" (not written for StableSeconds) or "marker" (a FILE.done beside it).</summary>
    public string Completion { get; set; } = "stable";

    public int StableSeconds { get; set; } = 5;

    /// <summary>How long a run waits for files still being written before leaving them for a later night (status deferred).</summary>
    public int MaxWaitSeconds { get; set; } = 60;

    /// <summary>Where processed files go, one folder per night.</summary>
    public string ArchiveRoot { get; set; } = "data/archive";
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

    /// <summary>How long SQLite waits for another process holding the database's write lock before the command fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>For server providers; may also come from the RECONCILER_CONNECTION environment variable.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class ReportSettings
{
    public const int DefaultMaxXlsxRows = 20_000;

    /// <summary>
    /// Listing rows per workbook: exceptions.xlsx in total across its category sheets, deposits.xlsx's Deposits sheet,
    /// aging.xlsx's By customer and Detail sheets. Beyond it a capped sheet ends with a note pointing to the CSV, which
    /// is always complete: ClosedXML needs about 0.2 ms and several KB per row, so a big night would spend most of
    /// its time and memory on workbooks nobody scrolls through.
    /// </summary>
    public int MaxXlsxRows { get; set; } = DefaultMaxXlsxRows;
}

public sealed class AgingSettings
{
    /// <summary>
    /// Upper edges (days past due) of the buckets after "current"; the last bucket is open-ended. Empty means
    /// the contract's defaults 30, 60, 90 (a list default would be appended to by the configuration binder).
    /// </summary>
    public List<int> Buckets { get; set; } = [];
}
