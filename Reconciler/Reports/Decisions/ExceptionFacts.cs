namespace Reconciler.Reports.Decisions;

/// <summary>What the store knows of an exception, for checking a reviewer's decision on it.</summary>
public sealed record ExceptionFacts(string Category, decimal? Amount, string Currency, string? InvoiceNumber);
