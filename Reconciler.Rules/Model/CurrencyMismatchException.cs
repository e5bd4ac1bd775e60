namespace Reconciler.Rules.Model;

/// <summary>Thrown when code tries to combine two amounts of different currencies: a programming error, never data.</summary>
public sealed class CurrencyMismatchException(string left, string right)
    : InvalidOperationException($"Cannot combine {left} with {right}: amounts in different currencies.")
{
    /// <summary>The currency of the left operand.</summary>
    public string Left { get; } = left;

    /// <summary>The currency of the right operand.</summary>
    public string Right { get; } = right;
}
