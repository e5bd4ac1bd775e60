namespace Reconciler.Rules.Matching;

/// <summary>An earlier night's return, refund or dispute (by its row id): the payment it undid, and its kind (refund, dispute, dispute_reversal, ...).</summary>
public sealed record EarlierReversal(string OriginalSourceId, string Kind);
