namespace Reconciler.Rules.Matching;

/// <summary>A settlement rule: ties a bank credit to a processor payout, a payer remittance or an ACH batch.</summary>
public interface ISettlementRule
{
    string Name { get; }

    /// <summary>
    /// Evaluates one bank credit against the batches not yet settled. Pure (a rule may cache what it derives from the
    /// batches: the same set is passed all night, and only ever loses the batches settled).
    /// </summary>
    SettlementOutcome Evaluate(CashCandidate bankLine, UnsettledBatches unsettled);
}
