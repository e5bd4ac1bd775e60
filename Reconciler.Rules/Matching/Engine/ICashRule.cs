namespace Reconciler.Rules.Matching;

/// <summary>A cash-application rule: looks at one payment and the open items and says where the money goes.</summary>
public interface ICashRule
{
    /// <summary>The name used in rules.json and in the <c>rule</c> column of the reports.</summary>
    string Name { get; }

    /// <summary>Evaluates one payment. Pure: reads the context, never changes it.</summary>
    RuleOutcome Evaluate(CashCandidate cash, MatchContext context);
}
