using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Discrepancies;

public sealed class ExceptionClassifierTests
{
    private static MatchingInput Input(IReadOnlyList<OpenItem> items, params CashCandidate[] cash) => new() { AsOf = Some.Night, OpenItems = items, Cash = cash };

    private static Discrepancy FileProblem(string file) => new()
    {
        Category = DiscrepancyCategory.UnparseableFile, SourceKind = "file", SourceId = file, Currency = "", Description = "not a BAI2 file",
        SuggestedAction = "Re-export it",
    };

    [Test]
    public void FileProblemsAndTheRulesFindings_ComeOutInTheContractsCategoryOrder_ThenById()
    {
        var items = new[] { Some.Invoice("INV-1", 100m) };
        var matching = Night.Engine.Run(Input(items, Some.Payment(60m, "INV-1", "B-1"), Some.Payment(5m, "", "B-2"), Some.Payment(7m, "", "B-3")));

        var classified = ExceptionClassifier.Classify(new ClassificationInput { FileDiscrepancies = [FileProblem("bad.bai")], Matching = matching, OpenItems = items });

        var expected = matching.Discrepancies.Append(FileProblem("bad.bai"))
            .OrderBy(d => DiscrepancyCategory.All.ToList().IndexOf(d.Category)).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id);
        Assert.That(classified.Select(m => m.Discrepancy.Id), Is.EqualTo(expected));
        Assert.That(classified.Select(m => m.Discrepancy.Category), Does.Contain(DiscrepancyCategory.UnparseableFile).And.Contain(DiscrepancyCategory.UnmatchedReceipt));
        Assert.That(classified.Select(m => m.FirstSeen), Is.All.Null);
    }

    [Test]
    public void AnExceptionAReviewerClosed_IsGone_AndOneUnderInvestigation_StaysOpenAndSaysSo()
    {
        var items = new[] { Some.Invoice("INV-1", 100m) };
        var matching = Night.Engine.Run(Input(items, Some.Payment(5m, "", "B-2"), Some.Payment(7m, "", "B-3")));
        var (closed, investigated) = (matching.Discrepancies[0], matching.Discrepancies[1]);
        ReviewDecision[] decisions =
        [
            new(closed.Id, "refund", closed.SourceKind, closed.SourceId, null, [], null, "answers.xlsx, sheet Exceptions, row 2"),
            new(investigated.Id, "investigate", investigated.SourceKind, investigated.SourceId, null, [], "called the bank", "answers.xlsx, sheet Exceptions, row 3"),
        ];

        var classified = ExceptionClassifier.Classify(new ClassificationInput { Matching = matching, OpenItems = items, Decisions = decisions });

        Assert.That(classified.Select(m => m.Discrepancy.Id), Is.EqualTo(new[] { investigated.Id }));
        Assert.That(classified[0].Discrepancy.Description, Does.StartWith("[investigating: called the bank (answers.xlsx, sheet Exceptions, row 3)] "));
    }

    [Test]
    public void OpenAfter_IsWhatEachItemOwedLessWhatTheNightAppliedToIt()
    {
        var items = new[] { Some.Invoice("INV-1", 100m), Some.Invoice("INV-2", 80m) };
        var matching = Night.Engine.Run(Input(items, Some.Payment(60m, "INV-1", "B-1")));

        var open = ExceptionClassifier.OpenAfter(items, matching);

        Assert.That(open, Is.EquivalentTo(new Dictionary<string, decimal> { ["INV-1"] = 100m - 60m, ["INV-2"] = 80m }));
    }
}
