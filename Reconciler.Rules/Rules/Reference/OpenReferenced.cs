using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// The "no match" of a rule that needs one open invoice named and found another count: most payments of a night name
/// none, and each reference rule turns them down, so the outcome for a small count is made once.
/// </summary>
internal static class OpenReferenced
{
    private static readonly RuleOutcome.NoMatch[] Small = Enumerable.Range(0, 8).Select(Make).ToArray();

    public static RuleOutcome.NoMatch NoMatch(int count) => count < Small.Length ? Small[count] : Make(count);

    private static RuleOutcome.NoMatch Make(int count) => new($"{count} open invoices referenced");
}
