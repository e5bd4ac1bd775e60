namespace Reconciler.Rules.Books;

/// <summary>One balanced posting in one currency, for one thing the night decided or received.</summary>
public sealed record JournalEntry(
    string EntryId, DateOnly PostingDate, string Currency, string SourceKind, string SourceId, string Rule, IReadOnlyList<JournalLine> Lines)
{
    public decimal Debits => Lines.Sum(l => l.Debit);

    public decimal Credits => Lines.Sum(l => l.Credit);

    public bool Balances => Debits == Credits;
}
