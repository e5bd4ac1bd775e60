using Reconciler.Rules.Model;

namespace Reconciler.Ingest;

/// <summary>What a reader made of one file: statements (bank files), batches (payment files) and located problems.</summary>
public sealed record ParsedFile
{
    public required string File { get; init; }

    public required string Format { get; init; }

    public IReadOnlyList<BankStatement> Statements { get; init; } = [];

    public IReadOnlyList<PaymentBatch> Batches { get; init; } = [];

    public IReadOnlyList<ParseProblem> Problems { get; init; } = [];

    /// <summary>Whether any problem is an error (the file is then quarantined).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Bank transactions plus batch items: the records the file holds.</summary>
    public int RecordCount => Statements.Sum(s => s.Transactions.Count) + Batches.Sum(b => b.Items.Count);

    /// <summary>A file that could not be read at all.</summary>
    public static ParsedFile Unreadable(string file, string format, ParseProblem problem) =>
        new() { File = file, Format = format, Problems = [problem] };
}
