namespace Reconciler.Tests.Support;

/// <summary>
/// The shared real-world corpus (../shared/corpus from the repository root). Tests read it in place and
/// skip, saying why, when it is absent; its files are never copied into the repository.
/// </summary>
public static class Corpus
{
    public static string? Root
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("RECONCILER_CORPUS");
            if (fromEnvironment is not null && Directory.Exists(fromEnvironment)) return fromEnvironment;
            var candidate = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>The folder below the corpus, or the test is reported as skipped.</summary>
    public static string Folder(string relative)
    {
        var root = Root;
        if (root is null) Assert.Ignore("The shared corpus (../shared/corpus) is absent on this machine; conformance skipped.");
        var folder = Path.Combine(root!, relative);
        if (!Directory.Exists(folder)) Assert.Ignore($"Corpus folder {relative} is absent; conformance skipped.");
        return folder;
    }
}
