using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>Another run holds the ledger's lock (the message names it). The command exits with code 3.</summary>
public sealed class RunLockBusyException(string ledger, LockHolder holder, int? waitedSeconds) : Exception(
    $"another run holds the lock of ledger '{ledger}': {holder}" + (waitedSeconds is { } s ? $"; waited {s}s" : "")
    + "; try again when it has finished (or set Reconciler:RunLock:WhenBusy to \"wait\")")
{
    public LockHolder Holder { get; } = holder;
}
