using System.Security.Cryptography;
using Reconciler.Storage;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// Takes a returned exceptions workbook: reads the reviewers' rows, checks every one against the latest
/// night (unknown ids, invoices not open, amounts that do not fit) and records them all, or none when any
/// row is wrong. The same file imported twice is recorded once, and
/// the second time is not checked again.
/// </summary>
public sealed class DecisionsImport(IReconciliationStore store, TimeProvider clock)
{
    public sealed record Result(int Recorded, bool AlreadyImported, IReadOnlyList<DecisionProblem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public Result Import(string path)
    {
        var file = Path.GetFileName(path);
        // Checked first: a workbook left in the inbox is offered every night, and once its exceptions are
        // answered the rows no longer validate against the latest night.
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        if (store.DecisionsImported(hash)) return new Result(0, true, []);
        var read = DecisionsWorkbookReader.Read(path);
        if (read.Problems.Count > 0) return new Result(0, false, read.Problems);

        var (answersAsOf, exceptions) = store.LatestExceptions();
        if (answersAsOf is null) return new Result(0, false, [new DecisionProblem(file, "-", 0, "no night has been reconciled yet, so there is nothing to decide")]);
        var facts = exceptions.ToDictionary(e => e.ExceptionId, e => new ExceptionFacts(e.Category, e.Amount, e.Currency, e.InvoiceNumber), StringComparer.Ordinal);
        var validation = DecisionValidator.Validate(read.Decisions, facts, store.LatestOpenBalances(), file);
        if (!validation.IsValid) return new Result(0, false, validation.Problems);

        var records = validation.Valid.Select(d => new DecisionRecord(d.ExceptionId, d.Action, d.ApplyTo, d.Note, d.Sheet, d.Row)).ToList();
        var recorded = store.RecordDecisions(file, hash, answersAsOf.Value, records, clock.GetUtcNow());
        return new Result(recorded ? records.Count : 0, !recorded, []);
    }
}
