using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Scheduling;

/// <summary>
/// Two real worker processes sharing one schedule in a PostgreSQL database (Quartz clustering): each firing runs on
/// exactly one of them, and a worker killed mid-night has that night recovered by the other.
/// </summary>
[NonParallelizable]
public sealed partial class ClusteredWorkerTests
{
    private const string Ledger = "default";

    [Test]
    public void TwoWorkersOnPostgreSql_RunEachFiringOnce_AndTheNightOfAKilledWorkerIsRecoveredByTheOther()
    {
        var (database, connection) = PostgresServer.CreateDatabase();
        var watch = Stopwatch.StartNew();
        try
        {
            using var shared = new TempFolder();
            var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
            NightGenerator.Generate(new GenerateOptions(shared.Path, Invoices: 4000, BankLines: 4000, Seed: 5, AsOf: asOf));
            var firstFiles = Directory.GetFiles(shared.File("inbox")).Length;
            using var nodeA = new TempFolder();
            using var nodeB = new TempFolder();
            var nodes = new[] { nodeA, nodeB };
            var workers = new ConsoleProcess.Running[2];
            try
            {
                // 0. The second worker joins while the first holds the next firing (acquired, waiting for its time):
                //    joining must not hand that firing to both.
                workers[0] = Start(nodeA, NodeConfig(nodeA, shared), connection);
                var holding = Poll.Until(() => Count(connection, "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_state = 'ACQUIRED'") > 0,
                    TimeSpan.FromSeconds(60));
                Assert.That(holding, Is.True, $"the first worker acquired a firing; logs:{Environment.NewLine}{Logs(nodes)}");
                workers[1] = Start(nodeB, NodeConfig(nodeB, shared), connection);

                // 1. Both alive: the first (long) night and a few short ones after it, never two at once.
                var maxRunning = 0;
                var maxCompleted = 0;
                var finished = Poll.Until(() =>
                {
                    maxRunning = Math.Max(maxRunning, Count(connection, "SELECT COUNT(*) FROM runs WHERE status = 'running'"));
                    maxCompleted = Math.Max(maxCompleted, Count(connection, "SELECT COUNT(*) FROM runs WHERE status LIKE 'completed%'"));
                    return Count(connection, "SELECT COUNT(*) FROM runs WHERE status <> 'running'") >= 3;
                }, TimeSpan.FromSeconds(150));
                Assert.That(finished, Is.True, $"three nights ran in time; logs:{Environment.NewLine}{Logs(nodes)}");
                var phaseOne = watch.Elapsed;
                Assert.That(maxRunning, Is.LessThanOrEqualTo(1), "never two runs of the ledger at once");
                Assert.That(maxCompleted, Is.EqualTo(1), "one current completed run of the night at a time (earlier ones superseded)");
                AssertNoOverlap(connection);
                AssertEachRunAndFiringOnOneWorker(connection, nodes);

                // 2. New files arrive; SIGKILL whichever worker holds the night while it runs.
                int secondFiles;
                using (var more = new TempFolder())
                {
                    NightGenerator.Generate(new GenerateOptions(more.Path, Invoices: 4000, BankLines: 4000, Seed: 6, AsOf: asOf));
                    secondFiles = Directory.GetFiles(more.File("inbox")).Length;
                    foreach (var file in Directory.GetFiles(more.File("inbox"))) File.Copy(file, shared.File(Path.Combine("inbox", "second-" + Path.GetFileName(file))));
                }
                var processing = Path.Combine(shared.File("inbox"), "processing");
                string? killedRun = null;
                int killedPid = 0;
                var caught = Poll.Until(() =>
                {
                    if (!Directory.Exists(processing) || Directory.GetFiles(processing).Length == 0) return false;
                    var holder = LockHolder(connection);
                    if (holder is null || Status(connection, holder.Value.RunId) != "running") return false;
                    (killedRun, killedPid) = holder.Value;
                    return true;
                }, TimeSpan.FromSeconds(120));
                Assert.That(caught, Is.True, $"the night of the new files was caught running; logs:{Environment.NewLine}{Logs(nodes)}");
                var victim = Array.FindIndex(workers, w => w.Process.Id == killedPid);
                Assert.That(victim, Is.Not.Negative, $"the run lock names one of the two workers (pid {killedPid})");
                workers[victim].Process.Kill(); // SIGKILL: no clean stop, the run is left 'running' with its files in processing/
                var killedAt = DateTimeOffset.UtcNow;
                var survivor = 1 - victim;

                var recovered = Poll.Until(() => Status(connection, killedRun!) == "failed"
                        && Count(connection, "SELECT COUNT(*) FROM runs WHERE status LIKE 'completed%' AND started_at > @at", killedAt) > 0
                        && Directory.GetFiles(shared.File("inbox"), "*", SearchOption.AllDirectories).Length == 0,
                    TimeSpan.FromSeconds(120));
                var recoveryTime = watch.Elapsed - phaseOne;
                Assert.That(recovered, Is.True, $"the other worker completed the night; logs:{Environment.NewLine}{Logs(nodes)}");
                Assert.That(Text(connection, "SELECT message FROM runs WHERE run_id = @at", killedRun!), Does.StartWith("abandoned"));
                var survivorLog = Logs([nodes[survivor]]);
                Assert.That(survivorLog, Does.Contain($"taken over from {killedRun}"), "the survivor took the dead worker's run lock over");
                var recoveryRun = Text(connection, "SELECT run_id FROM runs WHERE status LIKE 'completed%' AND started_at > @at ORDER BY started_at LIMIT 1", killedAt);
                Assert.That(RunsIn(nodes[survivor]), Does.Contain(recoveryRun), "the survivor ran the recovered night");

                // 3. Nothing twice: lines by line id, imports by content hash, every file archived once.
                Assert.That(Count(connection, "SELECT COUNT(*) FROM bank_transactions"),
                    Is.EqualTo(Count(connection, "SELECT COUNT(DISTINCT line_id) FROM bank_transactions")).And.GreaterThan(0));
                Assert.That(Count(connection, "SELECT COUNT(*) FROM imports WHERE status = 'ingested'"),
                    Is.EqualTo(Count(connection, "SELECT COUNT(DISTINCT content_hash) FROM imports WHERE status = 'ingested'")));
                Assert.That(Count(connection, "SELECT COUNT(DISTINCT content_hash) FROM imports"), Is.EqualTo(firstFiles + secondFiles), "both nights' files were read");
                Assert.That(Directory.GetFiles(shared.File("archive"), "*", SearchOption.AllDirectories), Has.Length.EqualTo(firstFiles + secondFiles));
                AssertNoOverlap(connection);

                Terminate(workers[survivor].Process);
                var stopped = workers[survivor].Finish(TimeSpan.FromSeconds(120));
                Assert.That(stopped.ExitCode, Is.Zero, stopped.Error);
                Assert.That(Count(connection, "SELECT COUNT(*) FROM runs WHERE status = 'running'"), Is.Zero);
                TestContext.Out.WriteLine($"first phase (3 nights, both workers) {phaseOne.TotalSeconds:0.0}s; kill to recovered night {recoveryTime.TotalSeconds:0.0}s; "
                    + $"runs per worker: {string.Join(", ", nodes.Select(n => RunsIn(n).Count))}");
            }
            finally
            {
                foreach (var worker in workers) worker?.Dispose();
            }
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    /// <summary>Runs that finished (or still run) one after another: each starts after the previous one ended.</summary>
    private static void AssertNoOverlap(string connection)
    {
        using var db = Open(connection);
        using var command = new NpgsqlCommand("SELECT run_id, started_at, finished_at FROM runs WHERE status <> 'failed' ORDER BY started_at", db);
        using var reader = command.ExecuteReader();
        var runs = new List<(string Id, DateTime Started, DateTime? Finished)>();
        while (reader.Read()) runs.Add((reader.GetString(0), reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetDateTime(2)));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.That(runs[i - 1].Finished, Is.Not.Null.And.LessThanOrEqualTo(runs[i].Started), $"{runs[i - 1].Id} ended before {runs[i].Id} started");
        }
    }

    /// <summary>Every run in the table was started by exactly one worker's log, and no scheduled firing ran on both.</summary>
    private static void AssertEachRunAndFiringOnOneWorker(string connection, TempFolder[] nodes)
    {
        using var db = Open(connection);
        using var command = new NpgsqlCommand("SELECT run_id FROM runs", db);
        using var reader = command.ExecuteReader();
        var runIds = new List<string>();
        while (reader.Read()) runIds.Add(reader.GetString(0));
        var perNode = nodes.Select(RunsIn).ToArray();
        foreach (var runId in runIds) Assert.That(perNode.Count(runs => runs.Contains(runId)), Is.EqualTo(1), $"{runId} is in exactly one worker's log");
        var firings = nodes.SelectMany(n => FiringLine().Matches(Logs([n])).Where(m => !m.Value.Contains("recovering", StringComparison.Ordinal))
            .Select(m => m.Groups["fired"].Value)).ToList();
        Assert.That(firings, Is.Unique, "no firing ran on two workers");
        Assert.That(firings, Has.Count.GreaterThanOrEqualTo(runIds.Count));
    }

    private static HashSet<string> RunsIn(TempFolder node) => RunStarted().Matches(Logs([node])).Select(m => m.Groups["run"].Value).ToHashSet();

    [GeneratedRegex(@"\[(?<run>R[0-9A-Za-z-]+)\] (\[[^\]]*\] )?Run started")]
    private static partial Regex RunStarted();

    [GeneratedRegex(@"runs the scheduled night \S+ of ledger \S+ \(firing (?<fired>[^)]+)\)[^\r\n]*")]
    private static partial Regex FiringLine();

    private static ConsoleProcess.Running Start(TempFolder node, string config, string connection) =>
        ConsoleProcess.Start(node.Path, null, "worker", "--config", config, "--provider", "PostgreSql", "--connection", connection);

    /// <summary>A node's private config: the shared inbox, open items, archive and quarantine; its own logs and reports; a fast cron.</summary>
    private static string NodeConfig(TempFolder node, TempFolder shared)
    {
        var config = ConsoleProcess.PrivateConfig(node);
        var path = Path.Combine(config, "appsettings.json");
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var settings = root["Reconciler"]!.AsObject();
        settings["Inbox"] = shared.File("inbox");
        settings["Invoices"] = shared.File("invoices.csv");
        settings["QuarantineRoot"] = shared.File("quarantine");
        settings["InboxLifecycle"] = new JsonObject { ["Mode"] = "move", ["Completion"] = "stable", ["StableSeconds"] = 0, ["ArchiveRoot"] = shared.File("archive") };
        // A worker is taken for dead when it has not checked in for CheckinSeconds + CheckinMisfireSeconds. A busy test
        // machine can stall a live worker's check-in for seconds; taken for dead, its acquired firing would run on both.
        settings["Schedule"] = new JsonObject
        {
            ["Cron"] = "0/3 * * * * ?", ["TimeZone"] = "UTC", ["CheckinSeconds"] = 1, ["CheckinMisfireSeconds"] = 10,
        };
        File.WriteAllText(path, root.ToJsonString());
        return config;
    }

    private static string Logs(IEnumerable<TempFolder> nodes) => string.Join(Environment.NewLine, nodes.SelectMany(n =>
        Directory.Exists(n.File("logs")) ? Directory.GetFiles(n.File("logs"), "*.log").Select(ReadShared) : []));

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Terminate(Process process) =>
        Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();


    private static NpgsqlConnection Open(string connection)
    {
        var db = new NpgsqlConnection(connection);
        db.Open();
        return db;
    }

    private static (string RunId, int Pid)? LockHolder(string connection)
    {
        try
        {
            using var db = Open(connection);
            using var command = new NpgsqlCommand("SELECT holder, pid FROM run_locks WHERE ledger = @ledger", db);
            command.Parameters.AddWithValue("ledger", Ledger);
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetString(0), reader.GetInt32(1)) : null;
        }
        catch (PostgresException)
        {
            return null; // not migrated yet
        }
    }

    private static string? Status(string connection, string runId) => Text(connection, "SELECT status FROM runs WHERE run_id = @at", runId);

    private static string? Text(string connection, string sql, object parameter)
    {
        using var db = Open(connection);
        using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("at", parameter);
        return command.ExecuteScalar() as string;
    }

    private static int Count(string connection, string sql, object? at = null)
    {
        try
        {
            using var db = Open(connection);
            using var command = new NpgsqlCommand(sql, db);
            if (at is not null) command.Parameters.AddWithValue("at", at);
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException)
        {
            return 0; // the workers have not created the table yet
        }
    }
}
