using System.Security.Cryptography;
using System.Text;

namespace Reconciler.Rules.Discrepancies;

/// <summary>Something a person must look at, in the contract's categories.</summary>
public sealed record Discrepancy
{
    public required string Category { get; init; }

    public Severity Severity { get; init; } = Severity.Error;

    public required string SourceKind { get; init; }

    public required string SourceId { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? CustomerId { get; init; }

    public decimal? Amount { get; init; }

    public decimal? ExpectedAmount { get; init; }

    public required string Currency { get; init; }

    /// <summary>What is wrong, in words.</summary>
    public required string Description { get; init; }

    public required string SuggestedAction { get; init; }

    /// <summary>The invoices that fitted, for ambiguous matches (best first).</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>Amount minus expected, when both are known.</summary>
    public decimal? Difference => Amount is { } a && ExpectedAmount is { } e ? a - e : null;

    /// <summary>
    /// Stable id: the same discrepancy found again on a later night gets the same id, because it is
    /// derived from what it is about (category, source, invoice), never from when it was found.
    /// </summary>
    public string Id
    {
        get
        {
            // A hash, asked for many times a night (carry-forward, first-seen, sorting, every report): worked out once.
            // A copy made with `with` carries the memo along, so the memo is checked against the fields it came from.
            if (_id.Id is { } id && _id.Matches(Category, SourceKind, SourceId, InvoiceNumber)) return id;
            id = StableId(Category, SourceKind, SourceId, InvoiceNumber);
            _id = new IdMemo(Category, SourceKind, SourceId, InvoiceNumber, id);
            return id;
        }
    }

    private IdMemo _id;

    /// <summary>
    /// Tells this discrepancy the id it was stored under (read back with the fields it was worked out from), and returns it: every
    /// night reads back the open exceptions of the night before, and need not hash each one's identity again.
    /// </summary>
    public Discrepancy WithStoredId(string id)
    {
        _id = new IdMemo(Category, SourceKind, SourceId, InvoiceNumber, id);
        return this;
    }

    /// <summary>A worked-out id and what it was worked out from. Never part of equality: it is a cache.</summary>
    private readonly record struct IdMemo(string? Category, string? SourceKind, string? SourceId, string? InvoiceNumber, string? Id)
    {
        public bool Matches(string category, string sourceKind, string sourceId, string? invoiceNumber) =>
            ReferenceEquals(Category, category) && ReferenceEquals(SourceKind, sourceKind) && ReferenceEquals(SourceId, sourceId)
            && ReferenceEquals(InvoiceNumber, invoiceNumber);

        public bool Equals(IdMemo other) => true;

        public override int GetHashCode() => 0;
    }

    /// <summary>Computes the stable id for the given identity.</summary>
    public static string StableId(string category, string sourceKind, string sourceId, string? invoiceNumber)
    {
        var key = $"{category}|{sourceKind}|{sourceId}|{invoiceNumber}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "EX-" + Convert.ToHexString(hash, 0, 6);
    }
}
