namespace Reconciler.Reports.Xlsx;

/// <summary>A dropdown list on a range: only the listed values are accepted.</summary>
public sealed record XlsxValidation(string Range, IReadOnlyList<string> Values, string ErrorTitle, string Error);
