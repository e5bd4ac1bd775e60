using Reconciler.Ingest;
using Reconciler.Tests.Trust.Fuzz;

namespace Reconciler.Tests.Trust.Hostile;

/// <summary>Every reader of text formats in the default registry (all but camt), with the valid files detected as its format.</summary>
public static class TextReaders
{
    public static IEnumerable<TestCaseData> All() =>
        FormatRegistry.Default().Readers.Select(r => r.Format).Distinct()
            .Where(format => !format.StartsWith("camt", StringComparison.Ordinal))
            .Select(format => new TestCaseData(format).SetArgDisplayNames(format));

    public static IFileReader Reader(string format) => FormatRegistry.Default().ByName(format)!;

    public static IReadOnlyList<string> Files(string format) => FuzzSeedFiles.For(format);
}
