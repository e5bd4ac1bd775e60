namespace Reconciler.Rules.Model;

/// <summary>Whether the bank has booked an entry. Only booked entries move money and count in balance proofs.</summary>
public enum TransactionStatus
{
    /// <summary>Posted to the account.</summary>
    Booked,

    /// <summary>Announced but not yet posted.</summary>
    Pending,

    /// <summary>Information only; never posted.</summary>
    Info,
}
