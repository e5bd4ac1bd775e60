namespace Reconciler.Configuration;

/// <summary>
/// The folders a night writes to or moves files out of must be ones it can own: the inbox, the reports folder (--out),
/// the quarantine and archive roots may not be a file system root nor the configuration folder (or inside it), and the
/// reports may not go into the inbox (they would be read as bank files the next night). Checked before anything is touched.
/// </summary>
public static class AllowedFolders
{
    public static IReadOnlyList<string> Problems(string configFolder, string inbox, string outDir, string quarantineRoot, string archiveRoot)
    {
        var config = Normal(configFolder);
        var problems = new List<string>();
        foreach (var (name, path) in new[] { ("--inbox", inbox), ("--out", outDir), ("Reconciler:QuarantineRoot", quarantineRoot), ("Reconciler:InboxLifecycle:ArchiveRoot", archiveRoot) })
        {
            var full = Normal(path);
            if (Path.GetPathRoot(full) is { } root && Normal(root) == full)
                problems.Add($"{name} {full} is the root of a file system: a night writes and moves files there");
            else if (IsSameOrInside(full, config))
                problems.Add($"{name} {full} is the configuration folder {config} or inside it: a night must not write or move files there");
        }
        if (IsSameOrInside(Normal(outDir), Normal(inbox)))
            problems.Add($"--out {Normal(outDir)} is the inbox {Normal(inbox)} or inside it: the reports would be read as bank files the next night");
        return problems;
    }

    private static string Normal(string path)
    {
        var full = Path.GetFullPath(path);
        return full.Length > (Path.GetPathRoot(full)?.Length ?? 0) ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(folder, comparison) || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, comparison);
    }
}
