using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Books;

/// <summary>
/// A roll-forward that must close: opening plus the movements (signed: what adds to the balance is positive) is the
/// closing, worked out on its own. <see cref="Difference"/> = opening + movements - closing, 0 when the books agree.
/// </summary>
public sealed record Proof(string Name, string Currency, string Account, decimal Opening, IReadOnlyList<KeyValuePair<string, decimal>> Movements, decimal Closing)
{
    public const string ArRollForward = "ar_rollforward";
    public const string Cash = "cash";

    /// <summary>For a cash proof, the bank account (masked) it is kept for.</summary>
    public string? BankAccount { get; init; }

    public decimal Difference => Opening + Movements.Sum(m => m.Value) - Closing;

    public bool Closes => Difference == 0m;

    /// <summary>The exception a proof that does not close raises, with its figures.</summary>
    public Discrepancy ToDiscrepancy(DateOnly asOf)
    {
        var movements = string.Join(", ", Movements.Select(m => $"{m.Key} {Money.Format(m.Value)}"));
        var which = BankAccount is null ? $"{Name} {Currency}" : $"{Name} {BankAccount} {Currency}";
        return new Discrepancy
        {
            Category = DiscrepancyCategory.ProofOutOfBalance,
            Severity = Severity.Error,
            SourceKind = "proof",
            // The night is part of the identity: each night's proof is its own, kept until a reviewer closes it.
            SourceId = (BankAccount is null ? $"{Name}:{Currency}" : $"{Name}:{BankAccount}:{Currency}") + $":{asOf:yyyy-MM-dd}",
            Currency = Currency,
            Amount = Closing,
            ExpectedAmount = Opening + Movements.Sum(m => m.Value),
            Description = $"{which} does not close: opening {Money.Format(Opening)} + movements ({movements}) = {Money.Format(Opening + Movements.Sum(m => m.Value))}, "
                + $"but the closing is {Money.Format(Closing)}: difference {Money.Format(Difference)}",
            SuggestedAction = "Do not post this night's journal until the difference is explained; compare the night's applications with aging.csv and deposits.csv",
        };
    }
}
