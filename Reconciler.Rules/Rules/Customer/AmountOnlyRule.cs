using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>
/// Nothing but the amount: applied only when exactly one open invoice issued within the window before the
/// payment owes exactly this amount. Risky, so rules.json usually sets it to review (suggest only).
/// </summary>
public sealed class AmountOnlyRule(int windowDays = 90) : ICashRule
{
    public const string RuleName = "amount_only";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        // Only "exactly one" matters, so the search stops at the second fit: on a big night many invoices share an amount.
        var fits = context.Ledger.OwingExactly(cash.Amount, cash.Currency, (Date: cash.Date, Days: windowDays),
            static (i, window) => i.IssueDate <= window.Date && window.Date.DayNumber - i.IssueDate.DayNumber <= window.Days, most: 2);
        return fits.Count == 1
            ? new RuleOutcome.Matched([new Allocation(fits[0], cash.Amount)], 0.6m,
                $"no reference or known payer; {fits[0].InvoiceNumber} is the only open invoice issued within {windowDays} days that owes {Money.Format(cash.Amount)} {cash.Currency}")
            : new RuleOutcome.NoMatch(fits.Count == 0
                ? $"no open invoice issued within {windowDays} days owes {Money.Format(cash.Amount)}"
                : $"more than one open invoice issued within {windowDays} days owes {Money.Format(cash.Amount)}");
    }
}
