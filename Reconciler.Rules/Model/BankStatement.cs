namespace Reconciler.Rules.Model;

/// <summary>One account's statement for a period, with the file's own balances when it carries them.</summary>
public sealed record BankStatement
{
    public required string Account { get; init; }

    public required string Currency { get; init; }

    public decimal? OpeningBalance { get; init; }

    public decimal? ClosingBalance { get; init; }

    /// <summary>True or false when the file carries a check (balances or control totals); null when it carries none.</summary>
    public bool? Balanced { get; init; }

    /// <summary>Why <see cref="Balanced"/> is false, in words (expected vs actual).</summary>
    public string? BalanceNote { get; init; }

    public required IReadOnlyList<BankTransaction> Transactions { get; init; }
}
