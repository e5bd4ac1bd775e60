namespace Reconciler.Reports.Decisions;

/// <summary>Something wrong with one row of a returned workbook, located so the reviewer can find it.</summary>
public sealed record DecisionProblem(string File, string Sheet, int Row, string Message)
{
    public override string ToString() => $"{File}, sheet {Sheet}, row {Row}: {Message}";
}
