using Reconciler.Rules.Model;

namespace Reconciler.Storage;

/// <summary>The learned payer aliases: remembered by the night that acts on a reviewer's apply, listed and removed by <c>reconciler aliases</c>.</summary>
public interface IPayerAliases
{
    /// <summary>Every learned alias, by text.</summary>
    IReadOnlyList<LearnedAlias> Learned();

    /// <summary>
    /// Learns the remitter text of each unidentified receipt (an <c>unmatched_receipt</c> exception) that a reviewer's apply
    /// put on one customer's invoices tonight (<paramref name="applications"/>, rule <c>manual</c>). A text already known keeps
    /// its first customer. Returns the aliases learned.
    /// </summary>
    IReadOnlyList<LearnedAlias> LearnFrom(string runId, DateOnly asOf, IReadOnlyList<Application> applications, IReadOnlyList<OutstandingCash> cash);

    /// <summary>Forgets the learned alias of this text (ignoring case and spacing); false when there is none.</summary>
    bool Remove(string text);
}
