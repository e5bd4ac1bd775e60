using Reconciler.Rules.Discrepancies;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>
/// The night's file-level discrepancies, from what the store recorded of the files first read that night: so a
/// rerun of the night, or a second run of it with nothing new in the inbox, reports them just the same.
/// </summary>
public static class FileDiscrepancies
{
    public static IEnumerable<Discrepancy> From(IEnumerable<FileProblem> problems) => problems.Select(p => p.Kind == "quarantined" ? Unparseable(p) : OutOfBalance(p));

    private static Discrepancy Unparseable(FileProblem p)
    {
        var errors = p.Detail.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("Error: ", StringComparison.Ordinal))
            .Select(l => l["Error: ".Length..]).ToList();
        var first = errors.FirstOrDefault() ?? "the file could not be read";
        return new Discrepancy
        {
            Category = DiscrepancyCategory.UnparseableFile,
            SourceKind = "file",
            SourceId = $"{p.FileName}@{p.ContentHash[..10]}",
            Currency = "",
            Description = errors.Count <= 1 ? first : $"{first} (and {errors.Count - 1} more error(s))",
            SuggestedAction = "Fix or re-export the file and drop it in the inbox again; it was quarantined and nothing from it was used",
        };
    }

    private static Discrepancy OutOfBalance(FileProblem p) => new()
    {
        Category = DiscrepancyCategory.StatementOutOfBalance,
        Severity = Severity.Warning,
        SourceKind = "statement",
        SourceId = $"{p.FileName}@{p.ContentHash[..10]}#{p.StatementOrdinal}",
        Amount = p.Closing,
        Currency = p.Currency,
        Description = $"statement {p.StatementOrdinal} of {p.FileName} (account {Masking.Account(p.Account)}) does not add up: {p.Detail}",
        SuggestedAction = "Ask the bank for a corrected file; the transactions were still used",
    };
}
