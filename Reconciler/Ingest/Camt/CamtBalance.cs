namespace Reconciler.Ingest.Camt;

/// <summary>One <c>Bal</c>: its type code (OPBD, CLBD, ...), signed amount (DBIT = overdrawn) and currency.</summary>
internal sealed record CamtBalance(string Code, decimal Amount, string Currency);
