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
    public string Id => StableId(Category, SourceKind, SourceId, InvoiceNumber);

    /// <summary>Computes the stable id for the given identity.</summary>
    public static string StableId(string category, string sourceKind, string sourceId, string? invoiceNumber)
    {
        var key = $"{category}|{sourceKind}|{sourceId}|{invoiceNumber}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "EX-" + Convert.ToHexString(hash, 0, 6);
    }
}
