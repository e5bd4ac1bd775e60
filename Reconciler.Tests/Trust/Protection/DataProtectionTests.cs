using System.Text.RegularExpressions;
using Reconciler.Ingest;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Protection;

/// <summary>
/// What a night writes for people and operators (log files, reports, inspect output) never carries a full account number or
/// a patient's name, and reports, logs and the database are readable by their owner only.
/// </summary>
public sealed partial class DataProtectionTests
{
    private static readonly string[] Fixtures835 = Directory.GetFiles(Repository.Path("Reconciler.Tests", "Fixtures", "x12-835"), "*.835");
    private static readonly string[] SampleFiles = Directory.GetFiles(Repository.Path("sample-data", "inbox"));

    private TempFolder _folder = null!;
    private readonly List<string> _written = [];

    [OneTimeSetUp]
    public void RunTheSampleNightAndEvery835Fixture_AndInspectThem()
    {
        _folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(_folder);
        Night("sample", SampleFiles);
        foreach (var fixture in Fixtures835) Night(Path.GetFileNameWithoutExtension(fixture), [fixture]);
        foreach (var file in SampleFiles.Concat(Fixtures835))
        {
            var inspect = ConsoleProcess.Run(_folder.Path, "inspect", file, "--config", config);
            _written.Add(inspect.Out + inspect.Error);
        }
        var logs = Directory.GetFiles(_folder.File("logs"));
        Assert.That(logs, Is.Not.Empty, "the runs wrote log files");
        _written.AddRange(logs.Select(File.ReadAllText));
        _written.AddRange(Directory.GetFiles(_folder.Path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}out-", StringComparison.Ordinal) && !f.EndsWith(".xlsx", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        void Night(string name, IEnumerable<string> files)
        {
            var inbox = _folder.File($"inbox-{name}");
            Directory.CreateDirectory(inbox);
            foreach (var file in files) File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
            var result = ConsoleProcess.Run(_folder.Path, "run", "--config", config, "--inbox", inbox, "--invoices", Repository.Path("sample-data", "invoices.csv"),
                "--as-of", "2026-11-20", "--out", _folder.File($"out-{name}"), "--db", _folder.File(Path.Combine("data", $"{name}.db")));
            Assert.That(result.ExitCode, Is.AnyOf(0, 1), result.Error);
            _written.Add(result.Out + result.Error);
        }
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void LogsReportsAndInspectOutput_NeverShowAFullAccountNumber()
    {
        var formats = FormatRegistry.Default();
        var accounts = SampleFiles.Concat(Fixtures835).Select(f => formats.Read(f))
            .SelectMany(p => p.Statements.Select(s => s.Account).Concat(p.Statements.SelectMany(s => s.Transactions).Select(t => t.Account)))
            .Where(a => a.Replace(" ", "", StringComparison.Ordinal).Length > 4 && a != "unknown").Distinct().ToList();

        Assert.That(accounts, Is.Not.Empty, "the inputs carry account numbers to look for");
        TestContext.Out.WriteLine($"{accounts.Count} account numbers ({string.Join(", ", accounts.Select(a => a[^4..]))}: last four) looked for in {_written.Count} texts");
        var leaks = accounts.Where(a => _written.Any(w => w.Contains(a, StringComparison.Ordinal) || w.Contains(a.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.That(leaks, Is.Empty, $"{accounts.Count} account numbers looked for in {_written.Count} logs, reports and outputs");
    }

    [Test]
    public void LogsReportsAndInspectOutput_NeverShowAPatientName()
    {
        var names = SampleFiles.Concat(Fixtures835).Where(f => f.EndsWith(".835", StringComparison.Ordinal))
            .SelectMany(f => PatientName().Matches(File.ReadAllText(f)))
            .SelectMany(m => new[] { m.Groups["last"].Value, m.Groups["first"].Value }).Where(n => n.Length > 1).Distinct().ToList();

        Assert.That(names, Is.Not.Empty, "the 835 inputs carry patient names (NM1*QC) to look for");
        TestContext.Out.WriteLine($"{names.Count} patient names looked for in {_written.Count} texts");
        var leaks = names.Where(n => _written.Any(w => Regex.IsMatch(w, $@"\b{Regex.Escape(n)}\b")));
        Assert.That(leaks, Is.Empty, $"{names.Count} patient names looked for in {_written.Count} logs, reports and outputs");
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ReportsLogsAndDatabase_AreReadableByTheirOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file modes only");
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var outDir = _folder.File("out-sample");
        string[] folders = [outDir, _folder.File("logs"), _folder.File("data")];
        var files = Directory.GetFiles(outDir).Append(_folder.File(Path.Combine("data", "sample.db"))).ToList();

        Assert.That(folders.Where(f => (File.GetUnixFileMode(f) & others) != 0), Is.Empty, "folders are 0700");
        Assert.That(files.Where(f => (File.GetUnixFileMode(f) & others) != 0), Is.Empty, "report files and the database are 0600");
    }

    [GeneratedRegex(@"NM1[*|]QC[*|]\d[*|](?<last>[^*|~\r\n]*)[*|](?<first>[^*|~\r\n]*)")]
    private static partial Regex PatientName();
}
