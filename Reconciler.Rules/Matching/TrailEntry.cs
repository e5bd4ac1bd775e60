namespace Reconciler.Rules.Matching;

/// <summary>One step of the story of a payment: which rule looked at it and what it concluded, and why.</summary>
public sealed record TrailEntry(string SourceId, int Step, string Rule, string Outcome, string Detail);
