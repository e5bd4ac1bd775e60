namespace Reconciler.Rules.Model;

/// <summary>One line of a bank statement. <see cref="Amount"/> is signed: credits (money in) positive.</summary>
public sealed record BankTransaction
{
    /// <summary>Stable id: the file's content hash prefix and the line's position in it.</summary>
    public required string Id { get; init; }

    /// <summary>The account number as the bank wrote it (masked whenever shown).</summary>
    public required string Account { get; init; }

    public required DateOnly BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    /// <summary>Signed amount: positive for a credit.</summary>
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public TransactionStatus Status { get; init; } = TransactionStatus.Booked;

    /// <summary>The bank's transaction type (BAI2 type code, camt domain/family, MT940 type, OFX TRNTYPE).</summary>
    public string? TypeCode { get; init; }

    public string? BankReference { get; init; }

    public string? CustomerReference { get; init; }

    public string? Counterparty { get; init; }

    /// <summary>Free remittance text (description, memo, :86:, Ustrd, 88 continuations).</summary>
    public string? Remittance { get; init; }

    /// <summary>Other references found in the record (end-to-end ids, invoice numbers, traces).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Whether the bank marks this entry as the reversal of an earlier one.</summary>
    public bool Reversal { get; init; }

    /// <summary>The items of a batch-booked entry; empty for an ordinary one.</summary>
    public IReadOnlyList<BatchDetail> Items { get; init; } = [];

    /// <summary>Where it was read: file and line or element path.</summary>
    public string? Location { get; init; }

    /// <summary>Whether this line brings money in.</summary>
    public bool IsCredit => Amount > 0m;

    /// <summary>All the text a reference could hide in, joined for token search.</summary>
    public IEnumerable<string> SearchableTexts()
    {
        if (Remittance is { Length: > 0 }) yield return Remittance;
        if (CustomerReference is { Length: > 0 }) yield return CustomerReference;
        if (BankReference is { Length: > 0 }) yield return BankReference;
        if (Counterparty is { Length: > 0 }) yield return Counterparty;
        foreach (var reference in References) yield return reference;
        foreach (var item in Items)
        {
            if (item.Remittance is { Length: > 0 }) yield return item.Remittance;
            if (item.EndToEndId is { Length: > 0 }) yield return item.EndToEndId;
            foreach (var reference in item.References) yield return reference;
        }
    }
}
