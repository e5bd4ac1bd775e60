namespace Reconciler.Configuration;

/// <summary>
/// Reports, logs and the database hold account numbers and amounts: on Unix they are created for their owner only
/// (folders 0700, files 0600). Windows keeps the folder's inherited ACL.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) for its owner only; an existing folder keeps its mode.</summary>
    public static DirectoryInfo CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent)) CreateFolder(parent);
        return Directory.CreateDirectory(full, FolderMode);
    }

    /// <summary>Restricts an existing file to its owner.</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file)) File.SetUnixFileMode(file, FileMode);
    }
}
