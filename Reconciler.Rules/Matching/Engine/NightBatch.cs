using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>A payment batch not yet tied to a bank line, with the store's key for it.</summary>
public sealed record NightBatch(string Key, PaymentBatch Batch);
