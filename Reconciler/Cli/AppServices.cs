using System.Globalization;
using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;
using Reconciler.Logging;
using Reconciler.Reports;
using Reconciler.Runs;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Configuration;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Serilog;
using Serilog.Events;

namespace Reconciler.Cli;

/// <summary>The composition root: configuration, logging, clock, store, readers, rules and reports for one command.</summary>
public sealed class AppServices : IDisposable
{
    private AppServices(AppConfiguration configuration, ILogger log, ParseResult parse)
    {
        Configuration = configuration;
        Log = log;
        Parse = parse;
    }

    public AppConfiguration Configuration { get; }
    public ReconcilerSettings Settings => Configuration.Settings;
    public ILogger Log { get; }
    public ParseResult Parse { get; }
    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>The denials worklist's appeal deadlines and code tables (config/codes).</summary>
    public Reconciler.Reports.Denials.DenialsSettings Denials { get; private init; } = Reconciler.Reports.Denials.DenialsSettings.Default;

    public static AppServices Start(ParseResult parse)
    {
        var configuration = AppConfiguration.Load(parse.GetValue(GlobalOptions.Config));
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        // A person at a terminal reads the tables; the log lines would only scroll them away (the files keep them).
        var quietConsole = !verbose && (parse.GetValue(GlobalOptions.Quiet) || RunSummaryTable.Interactive(quiet: false));
        var log = LogSetup.Create(configuration.Root, configuration.Home, verbose ? LogEventLevel.Debug : null, quietConsole ? LogEventLevel.Warning : null);
        Serilog.Log.Logger = log;
        // The appeal deadlines and CARC/RARC tables, checked at start-up.
        return new AppServices(configuration, log, parse) { Denials = Reconciler.Reports.Denials.DenialsSettings.Load(configuration) };
    }

    public FormatRegistry Formats() => FormatRegistry.Default(Configuration.LoadProfiles(), Settings.DefaultCurrency);

    /// <summary>
    /// The store chosen by --provider / Reconciler:Database:Provider (Sqlite, SqlServer, PostgreSql), migrated. Server
    /// connection strings come from --connection, Reconciler:Database:ConnectionString or RECONCILER_CONNECTION.
    /// </summary>
    public IReconciliationStore OpenStore(bool dryRun = false)
    {
        var provider = StoreProvider();
        var connection = StoreConnectionString();
        var path = Parse.GetValue(GlobalOptions.Db) ?? Configuration.Resolve(Settings.Database.Path);
        var store = StoreFactory.Open(new StoreOptions(provider, path, connection, dryRun, Settings.Database.BusyTimeoutSeconds));
        Log.Debug("Database: {Store}{DryRun}", store is SqliteStore sqlite ? $"Sqlite ({sqlite.FilePath})" : store.ToString(), dryRun ? " (dry run)" : "");
        return store;
    }

    /// <summary>The store's provider: --provider, else Reconciler:Database:Provider.</summary>
    public string StoreProvider() => Parse.GetValue(GlobalOptions.Provider) ?? Settings.Database.Provider;

    /// <summary>A server store's connection string: --connection, Reconciler:Database:ConnectionString or RECONCILER_CONNECTION.</summary>
    public string? StoreConnectionString() => Parse.GetValue(GlobalOptions.Connection) ?? Settings.Database.ConnectionString
        ?? Environment.GetEnvironmentVariable("RECONCILER_CONNECTION");

    /// <summary>
    /// The configured open-items source when it is a billing database query (Reconciler:OpenItemsSource), else null: the
    /// night reads its open-items CSV.
    /// </summary>
    public IOpenItemsSource? OpenItemsSource()
    {
        var source = Settings.OpenItemsSource;
        var kind = (source.Kind ?? "csv").Trim().ToLowerInvariant();
        if (kind == "csv") return null;
        if (kind is not ("sqlserver" or "postgresql"))
            throw new ConfigurationError($"Reconciler:OpenItemsSource:Kind '{source.Kind}' is not one of csv, sqlserver, postgresql");
        var connection = source.ConnectionString is { Length: > 0 } c ? c : Environment.GetEnvironmentVariable("RECONCILER_BILLING_CONNECTION");
        if (string.IsNullOrWhiteSpace(connection))
            throw new ConfigurationError("Reconciler:OpenItemsSource needs a ConnectionString (or RECONCILER_BILLING_CONNECTION) for the billing database");
        if (string.IsNullOrWhiteSpace(source.Query))
            throw new ConfigurationError("Reconciler:OpenItemsSource needs a Query (a SELECT of the open items; the night's date is the parameter @AsOf)");
        try
        {
            return kind == "sqlserver"
                ? new SqlServerOpenItemsSource(connection, source.Query, source.Columns, source.CommandTimeoutSeconds)
                : new PostgreSqlOpenItemsSource(connection, source.Query, source.Columns, source.CommandTimeoutSeconds);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationError($"Reconciler:OpenItemsSource:ConnectionString is not valid: {e.Message}");
        }
    }

    /// <summary>The rules of rules.json; a bad file is a configuration error listing every problem in it.</summary>
    public MatchingEngine Rules()
    {
        var path = Path.Combine(Configuration.ConfigFolder, Settings.Rules);
        if (!File.Exists(path)) throw new ConfigurationError($"the rules file {path} does not exist (Reconciler:Rules)");
        var (rules, errors) = RulesFile.Parse(File.ReadAllText(path), Path.GetFileName(path));
        if (rules is null) throw new ConfigurationError($"{path} has {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        return new MatchingEngine(rules) { ConfiguredAliases = AliasesConfiguration.Load(Configuration.ConfigFolder) };
    }

    public ReportSet Reports()
    {
        if (Settings.Reports.MaxXlsxRows < 1) throw new ConfigurationError($"Reconciler:Reports:MaxXlsxRows must be at least 1 (it is {Settings.Reports.MaxXlsxRows})");
        return new(Buckets(), Settings.Reports.MaxXlsxRows, AccountsConfiguration.Load(Configuration.ConfigFolder, Settings.Accounts), Denials);
    }

    public AgingBuckets Buckets()
    {
        if (Settings.Aging.Buckets.Count == 0) return AgingBuckets.Default;
        try { return new AgingBuckets(Settings.Aging.Buckets); }
        catch (ArgumentException e) { throw new ConfigurationError($"Reconciler:Aging:Buckets: {e.Message.Split(" (Parameter")[0]}"); }
    }

    /// <summary>Today in the configured time zone: the default as-of date, computed once per run.</summary>
    public DateOnly Today()
    {
        TimeZoneInfo zone;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById(Settings.TimeZone); }
        catch (TimeZoneNotFoundException) { throw new ConfigurationError($"Reconciler:TimeZone '{Settings.TimeZone}' is not a known time zone"); }
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), zone).DateTime);
    }

    /// <summary>The scheduler's job store: the same SQLite file as the night's data.</summary>
    public string SchedulerConnectionString()
    {
        var path = Parse.GetValue(GlobalOptions.Db) ?? Configuration.Resolve(Settings.Database.Path);
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The time zone of the schedule (Schedule:TimeZone, else Reconciler:TimeZone).</summary>
    public TimeZoneInfo ScheduleZone()
    {
        var id = string.IsNullOrWhiteSpace(Settings.Schedule.TimeZone) ? Settings.TimeZone : Settings.Schedule.TimeZone;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { throw new ConfigurationError($"'{id}' is not a known time zone (Reconciler:Schedule:TimeZone)"); }
    }

    /// <summary>The configured ledgers (one "default" ledger when none is configured), with their folders resolved.</summary>
    public IReadOnlyList<LedgerSettings> Ledgers() =>
        (Settings.Schedule.Ledgers.Count == 0 ? [new LedgerSettings()] : Settings.Schedule.Ledgers).Select(l => new LedgerSettings
        {
            Name = l.Name,
            Inbox = Configuration.Resolve(string.IsNullOrWhiteSpace(l.Inbox) ? Settings.Inbox : l.Inbox),
            Invoices = Configuration.Resolve(string.IsNullOrWhiteSpace(l.Invoices) ? Settings.Invoices : l.Invoices),
            Cron = string.IsNullOrWhiteSpace(l.Cron) ? Settings.Schedule.Cron : l.Cron,
        }).ToList();

    public LedgerSettings Ledger(string name) =>
        Ledgers().FirstOrDefault(l => l.Name == name) ?? throw new ConfigurationError($"no ledger '{name}' in Reconciler:Schedule:Ledgers");

    /// <summary>A night's options from the configuration, with the given folders (absolute, checked) and report folder.</summary>
    public RunOptions NightOptions(DateOnly asOf, string? inbox, string? invoices, string? outDir, bool dryRun)
    {
        var inboxPath = Path.GetFullPath(inbox ?? Configuration.Resolve(Settings.Inbox));
        var invoicesPath = Path.GetFullPath(invoices ?? Configuration.Resolve(Settings.Invoices));
        if (!Directory.Exists(inboxPath)) throw new ConfigurationError($"--inbox: folder {inboxPath} does not exist");
        var fromCsv = invoices is not null || (Settings.OpenItemsSource.Kind ?? "csv").Trim().Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (fromCsv && !File.Exists(invoicesPath)) throw new ConfigurationError($"--invoices: file {invoicesPath} does not exist");
        var options = new RunOptions
        {
            AsOf = asOf,
            Inbox = inboxPath,
            Invoices = invoicesPath,
            OutDir = Path.GetFullPath(outDir ?? Path.Combine(Configuration.Resolve(Settings.ReportsRoot), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            QuarantineRoot = Configuration.Resolve(Settings.QuarantineRoot),
            DryRun = dryRun,
            InboxLifecycle = Settings.InboxLifecycle,
            ArchiveRoot = Configuration.Resolve(Settings.InboxLifecycle.ArchiveRoot),
        };
        var problems = AllowedFolders.Problems(Configuration.ConfigFolder, options.Inbox, options.OutDir, options.QuarantineRoot, options.ArchiveRoot);
        if (problems.Count > 0)
            throw new ConfigurationError($"{problems.Count} folder(s) not allowed:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        return options;
    }

    public static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConfigurationError($"{option}: '{text}' is not a date (yyyy-MM-dd)");

    public void Dispose() => (Log as IDisposable)?.Dispose();
}
