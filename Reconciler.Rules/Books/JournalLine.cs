namespace Reconciler.Rules.Books;

/// <summary>One line of a journal entry: a debit or a credit (never both) to an account by role.</summary>
public sealed record JournalLine(AccountRef Account, decimal Debit, decimal Credit, string? InvoiceNumber, string? CustomerId, string Memo)
{
    /// <summary>A debit when <paramref name="amount"/> is positive, a credit of its size when negative.</summary>
    public static JournalLine Signed(AccountRef account, decimal amount, string memo, string? invoiceNumber = null, string? customerId = null) =>
        amount >= 0m ? new(account, amount, 0m, invoiceNumber, customerId, memo) : new(account, 0m, -amount, invoiceNumber, customerId, memo);
}
