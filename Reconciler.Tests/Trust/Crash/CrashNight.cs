using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Crash;

/// <summary>
/// One workspace for a console run in inbox "move" mode: its own config (so logs, archive and quarantine are
/// private), inbox, database and out folder. Knows how to look for stage evidence and check what a crash left.
/// </summary>
public sealed class CrashNight : IDisposable
{
    public const string AsOf = "2026-11-20";

    private readonly TempFolder _folder = new();

    public CrashNight(string sourceInbox, string invoices, string? outDir = null)
    {
        Out = outDir ?? _folder.File("out");
        var config = ConsoleProcess.PrivateConfig(_folder);
        var settings = Path.Combine(config, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"Mode\": \"keep\"", "\"Mode\": \"move\"", StringComparison.Ordinal));
        Directory.CreateDirectory(Inbox);
        foreach (var file in Directory.GetFiles(sourceInbox)) File.Copy(file, Path.Combine(Inbox, Path.GetFileName(file)));
        Args = ["run", "--config", config, "--inbox", Inbox, "--invoices", invoices, "--as-of", AsOf, "--out", Out, "--db", Database];
    }

    public string Root => _folder.Path;
    public string Inbox => _folder.File("inbox");
    public string Processing => Path.Combine(Inbox, "processing");
    public string Out { get; }
    public string Database => _folder.File("r.db");
    public string Archive => _folder.File(Path.Combine("data", "archive"));
    public string Quarantine => _folder.File(Path.Combine("data", "quarantine"));
    public string Logs => _folder.File("logs");
    public string[] Args { get; }

    public ConsoleProcess.Result Run(IReadOnlyDictionary<string, string>? environment = null) => ConsoleProcess.Start(Root, environment, Args).Finish();

    /// <summary>The sample night (its inbox and open items) in a fresh workspace.</summary>
    public static CrashNight Sample(string? outDir = null) =>
        new(Repository.Path("sample-data", "inbox"), Repository.Path("sample-data", "invoices.csv"), outDir);

    public ConsoleProcess.Running Start() => ConsoleProcess.Start(Root, null, Args);

    /// <summary>Content hashes of every input file wherever the lifecycle put it (inbox, processing/, archive, quarantine).</summary>
    public IReadOnlyList<string> PlacedInputs()
    {
        var files = new List<string>();
        if (Directory.Exists(Inbox)) files.AddRange(Directory.GetFiles(Inbox));
        if (Directory.Exists(Processing)) files.AddRange(Directory.GetFiles(Processing));
        foreach (var root in new[] { Archive, Quarantine })
            if (Directory.Exists(root)) files.AddRange(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        return files.Where(f => !f.EndsWith(".problems.txt", StringComparison.Ordinal) && !f.EndsWith(".done", StringComparison.Ordinal))
            .Select(Hash).Order(StringComparer.Ordinal).ToList();
    }

    public static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public bool DatabaseShows(string sql)
    {
        if (!File.Exists(Database)) return false;
        try
        {
            using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            connection.Open();
            using var command = new SqliteCommand(sql, connection);
            return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (SqliteException)
        {
            return false; // not created or not migrated yet
        }
    }

    public long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The reports compared between two runs: every CSV without its run_id column, and summary.json without its run id.</summary>
    public SortedDictionary<string, string> ComparableReports()
    {
        var reports = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var csv in Directory.GetFiles(Out, "*.csv")) reports[Path.GetFileName(csv)] = string.Join('\n', ReportFiles.WithoutRunId(csv));
        var summary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "summary.json")))!.AsObject();
        summary.Remove("run_id");
        reports["summary.json"] = summary.ToJsonString();
        reports["files"] = string.Join(',', Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        return reports;
    }

    /// <summary>Kills the whole process tree at once (SIGKILL on Unix) and waits for it to be gone.</summary>
    public static void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* it finished first */ }
        process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _folder.Dispose();
}
