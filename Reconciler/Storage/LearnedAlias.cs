namespace Reconciler.Storage;

/// <summary>A payer alias a night learned: the remitter text of unidentified money a reviewer applied to this customer.</summary>
public sealed record LearnedAlias(string Text, string CustomerId, DateOnly LearnedOn, string ExceptionId, string RunId);
