using Reconciler.Storage;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// Two more connections to the store a backtest replays on, to read the stored nights while they are replayed: one that sees the
/// store as it was when opened (a snapshot), one that sees it as it is.
/// </summary>
public sealed record StoredNightsReaders(Func<IReconciliationStore> Snapshot, Func<ReconciliationStore> Plain);
