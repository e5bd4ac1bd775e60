namespace Reconciler.Runs;

/// <summary>What happened to one inbox file this night (summary.json's inputs).</summary>
/// <param name="Status">ingested, already_ingested (same content seen before) or quarantined.</param>
public sealed record InputReport(string File, string Format, int Records, string Status, IReadOnlyList<string> Problems);
