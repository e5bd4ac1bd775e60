using Reconciler.Ingest;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>
/// The valid files the fuzzer starts from: every fixture under Reconciler.Tests/Fixtures and every sample inbox file,
/// grouped by the format the default registry detects, so a newly merged reader's fixtures are fuzzed without a change here.
/// </summary>
public static class FuzzSeedFiles
{
    private static readonly Lazy<ILookup<string, string>> ByFormat = new(Discover);

    public static IReadOnlyList<string> For(string format) => [.. ByFormat.Value[format]];

    private static ILookup<string, string> Discover()
    {
        var registry = FormatRegistry.Default();
        string[] roots = [Repository.Path("Reconciler.Tests", "Fixtures"), Repository.Path("sample-data", "inbox"), Repository.Path("sample-data", "troubled-inbox")];
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Reader: registry.Detect(FileSniff.Read(path))))
            .Where(file => file.Reader is not null)
            .ToLookup(file => file.Reader!.Format, file => file.Path, StringComparer.OrdinalIgnoreCase);
    }
}
