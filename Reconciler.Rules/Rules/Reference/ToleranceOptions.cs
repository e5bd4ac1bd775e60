namespace Reconciler.Rules.Rules.Reference;

/// <summary>How far a payment may be from what an invoice owes and still count as paying it.</summary>
/// <param name="Absolute">Largest difference in currency units (default 1.00).</param>
/// <param name="Percent">Largest difference as a percentage of the open amount (default 0); the larger of the two applies.</param>
public sealed record ToleranceOptions(decimal Absolute = 1.00m, decimal Percent = 0m)
{
    public decimal For(decimal open) => Math.Max(Absolute, Math.Round(Math.Abs(open) * Percent / 100m, 2));
}
