namespace Reconciler.Reports.Denials;

/// <summary>One CARC or RARC code: our short description, and (when known) the denial category and whether resubmitting usually fixes it.</summary>
public sealed record ClaimCode(string Code, string Text, string? Category, bool? Correctable);
