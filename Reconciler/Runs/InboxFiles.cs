using System.Globalization;
using Reconciler.Configuration;
using Serilog;

namespace Reconciler.Runs;

/// <summary>
/// The inbox's lifecycle. Files are taken only when complete (not written for a while, or with a FILE.done
/// marker), waiting a while for those still being written. In "move" mode they go to inbox/processing/ while the night runs and, once its results are
/// committed, to archive/&lt;night&gt;/ (with their hash in the name) or quarantine/&lt;night&gt;/ with a
/// .problems.txt. A crash leaves them in processing/, where the next run takes them first. Nothing is deleted.
/// </summary>
public sealed class InboxFiles(InboxSettings settings, string archiveRoot, TimeProvider clock, ILogger log)
{
    public const string Processing = "processing";

    /// <summary>The files <see cref="Claim"/> took back from processing/: an interrupted run of some night had claimed them.</summary>
    public IReadOnlySet<string> Recovered { get; private set; } = new HashSet<string>();

    private bool Moving => settings.Mode.Equals("move", StringComparison.OrdinalIgnoreCase);

    /// <summary>Files still being written when the run gave up waiting for them: inputs with status deferred.</summary>
    public IReadOnlyList<InputReport> Deferred { get; private set; } = [];

    /// <summary>
    /// The files to read tonight, in name order: those left in processing/ by a crash first. Files still being written
    /// are waited for (see <see cref="FreshFiles"/>); those that stay incomplete are left in place, in <see cref="Deferred"/>.
    /// </summary>
    public IReadOnlyList<string> Claim(string inbox, bool dryRun, CancellationToken cancel = default)
    {
        Deferred = [];
        if (!Directory.Exists(inbox)) return [];
        var processing = Path.Combine(inbox, Processing);
        var recovered = Moving && Directory.Exists(processing) ? Directory.GetFiles(processing).Where(IsInput).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in recovered) log.Warning("Taking {File} left in processing/ by an interrupted run", Path.GetFileName(file));
        Recovered = recovered.ToHashSet(StringComparer.Ordinal);

        var claimed = new List<string>(recovered);
        var (ready, deferred) = new FreshFiles(settings, clock, log).Sort(Directory.GetFiles(inbox).Where(IsInput).Order(StringComparer.Ordinal).ToList(), cancel);
        Deferred = deferred;
        foreach (var path in ready)
        {
            if (!Moving || dryRun) { claimed.Add(path); continue; }
            Directory.CreateDirectory(processing);
            var target = Unique(Path.Combine(processing, Path.GetFileName(path)));
            File.Move(path, target);
            MoveMarker(path, processing);
            claimed.Add(target);
        }
        return claimed;
    }

    /// <summary>After the night is committed: archive what was read, quarantine what could not be.</summary>
    public void Settle(IReadOnlyList<InboxIngest.FileOutcome> outcomes, DateOnly asOf, string quarantineRoot, bool dryRun)
    {
        if (dryRun) return;
        var night = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var outcome in outcomes)
        {
            if (outcome.Report.Status == "quarantined")
            {
                var folder = Directory.CreateDirectory(Path.Combine(quarantineRoot, night)).FullName;
                var placed = Moving ? Unique(Path.Combine(folder, Path.GetFileName(outcome.Path))) : Path.Combine(folder, Path.GetFileName(outcome.Path));
                if (Moving) File.Move(outcome.Path, placed); else File.Copy(outcome.Path, placed, overwrite: true);
                File.WriteAllLines(placed + ".problems.txt", outcome.Report.Problems);
                continue;
            }
            if (!Moving) continue;
            var archive = Directory.CreateDirectory(Path.Combine(archiveRoot, night)).FullName;
            File.Move(outcome.Path, Unique(Path.Combine(archive, $"{outcome.ContentHash[..10]}-{Path.GetFileName(outcome.Path)}")));
            var marker = outcome.Path + ".done";
            if (File.Exists(marker)) File.Move(marker, Unique(Path.Combine(archive, $"{outcome.ContentHash[..10]}-{Path.GetFileName(marker)}")));
        }
    }

    private static void MoveMarker(string path, string processing)
    {
        if (File.Exists(path + ".done")) File.Move(path + ".done", Path.Combine(processing, Path.GetFileName(path) + ".done"), overwrite: true);
    }

    /// <summary>A name not yet taken in the target folder: the same file name may arrive on several nights.</summary>
    private static string Unique(string target)
    {
        if (!File.Exists(target)) return target;
        var folder = Path.GetDirectoryName(target)!;
        var stem = Path.GetFileNameWithoutExtension(target);
        var extension = Path.GetExtension(target);
        for (var n = 2; ; n++)
        {
            var candidate = Path.Combine(folder, $"{stem}~{n}{extension}");
            if (!File.Exists(candidate)) return candidate;
        }
    }

    /// <summary>Marker and problem files that live beside inputs are not inputs.</summary>
    private static bool IsInput(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(".problems.txt", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".done", StringComparison.OrdinalIgnoreCase) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
