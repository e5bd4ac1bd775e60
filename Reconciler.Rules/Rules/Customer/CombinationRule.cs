using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>
/// The payer is identified by name and the payment equals the sum of some of its open invoices (two or
/// more, oldest first, bounded). Exactly one such set is applied; several are an ambiguous match. When no set of
/// invoices fits, the customer's unused credit notes are tried with them: a payment of invoices less a credit note
/// applies the invoices and uses the note (an application with a negative amount, bringing it from -X to 0).
/// </summary>
public sealed class CombinationRule(CombinationOptions options) : ICashRule
{
    public const string RuleName = "combination";

    public string Name => RuleName;

    private readonly PayingCustomer.NoFitOutcomes _noFit = new(options.NameThreshold);

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        if (_noFit.For(cash, context) is { } none) return none;
        var (customer, score, why) = PayingCustomer.Find(cash, context, options.NameThreshold);
        if (customer is null) return new RuleOutcome.NoMatch(why);
        var items = context.Ledger.OpenItemsOf(customer, cash.Currency).Take(options.MaxCandidates).ToList();
        var amounts = items.Select(context.Ledger.OpenAmount).ToList();
        var search = SubsetSearch.Find(amounts, cash.Amount, options.MaxItems, options.MaxSteps, maxSolutions: 2);
        // Credit notes only when invoices alone do not fit, so a payment that fits without them is read as before.
        var credits = search.Solutions.Count == 0 && !search.Exhausted
            ? context.Ledger.CreditNotesOf(customer, cash.Currency).Take(options.MaxCandidates).ToList() : [];
        if (credits.Count > 0)
        {
            items = [.. items, .. credits];
            amounts = items.Select(context.Ledger.OpenAmount).ToList();
            var withCredits = SubsetSearch.Find(amounts, cash.Amount, options.MaxItems, options.MaxSteps, maxSolutions: 2);
            // A set of credit notes alone would pay nothing: at least one invoice must be in it.
            search = withCredits with { Solutions = withCredits.Solutions.Where(s => s.Any(i => amounts[i] > 0m)).ToList() };
        }
        if (search.Exhausted) return new RuleOutcome.NoMatch($"{why}; search limit of {options.MaxSteps} steps reached");
        if (search.Solutions.Count == 0) return new RuleOutcome.NoMatch($"{why}; no set of its {items.Count} oldest open invoices adds up to {Money.Format(cash.Amount)}");
        if (search.Solutions.Count > 1)
        {
            var union = search.Solutions.SelectMany(s => s).Distinct().Order().Select(i => items[i]).ToList();
            return new RuleOutcome.Ambiguous(union, $"{why}; more than one set of its open invoices adds up to {Money.Format(cash.Amount)}");
        }
        var chosen = search.Solutions[0].Select(i => items[i]).ToList();
        var used = chosen.Where(i => context.Ledger.OpenAmount(i) < 0m).ToList();
        var notes = used.Count == 0 ? "" : $" (less credit note {References.Numbers(used)} of {Money.Format(used.Sum(context.Ledger.OpenAmount))}, used up)";
        return new RuleOutcome.Matched(chosen.Select(i => new Allocation(i, context.Ledger.OpenAmount(i))).ToList(), Math.Round(0.85m * score, 2),
            $"{why}; {References.Numbers(chosen)} together owe {Money.Format(cash.Amount)} {cash.Currency}{notes}, the only such set");
    }
}
