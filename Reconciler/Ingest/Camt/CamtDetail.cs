
namespace Reconciler.Ingest.Camt;

/// <summary>
/// One <c>TxDtls</c> as read: its signed amount when it carries one, the counterparty, remittance and references.
/// <see cref="References"/> starts with the end-to-end id when there is one.
/// </summary>
internal sealed record CamtDetail(
    CamtElement Element,
    decimal? Amount,
    string? Currency,
    string? Counterparty,
    string? Remittance,
    string? EndToEndId,
    string? BankReference,
    IReadOnlyList<string> References);
