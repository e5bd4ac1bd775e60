namespace Reconciler.Rules.Model;

/// <summary>One item inside a batch-booked bank entry (a camt TxDtls, a lockbox item).</summary>
public sealed record BatchDetail(
    decimal Amount,
    string? Counterparty,
    string? Remittance,
    string? EndToEndId,
    IReadOnlyList<string> References);
