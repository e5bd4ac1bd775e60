namespace Reconciler.Tools.Generate;

/// <summary>How the money moved, which each bank format spells its own way (BAI2 type code, camt family).</summary>
internal enum EntryKind
{
    AchCredit,
    Wire,
    Check,
    Lockbox,
    ProcessorDeposit,
    Return,
    AchDebit,
    CheckPaid,
    Fee,
    WireOut,
}

/// <summary>
/// One bank statement line before a format writes it: signed amount, the payer's name, the free text and the
/// invoice references as the payer spelled them. <see cref="Expected"/> is null for lines that are not
/// payments (fees, payroll, checks we wrote): they get no truth row.
/// </summary>
internal sealed record BankEntry(DateOnly Date, decimal Amount, EntryKind Kind, string? Payer, string Text, IReadOnlyList<string> References, Expected? Expected)
{
    public bool IsCredit => Amount > 0m;
}

/// <summary>A bank statement file being written: it returns each line's truth key (see <see cref="TruthWriter"/>).</summary>
internal interface IBankWriter : IDisposable
{
    string FileName { get; }

    /// <summary>Writes one line (entries come in date order) and returns its source_ref.</summary>
    string Write(BankEntry entry);

    /// <summary>Closes the file with its control totals and balances.</summary>
    void Finish();
}
