namespace Reconciler.Reports.Statements;

/// <summary>One open invoice on a statement.</summary>
public sealed record StatementLine(string InvoiceNumber, DateOnly IssueDate, DateOnly DueDate, decimal Amount, decimal Open, int DaysPastDue);

/// <summary>One payment received in the statement's period.</summary>
public sealed record StatementPayment(DateOnly Date, string InvoiceNumber, decimal Amount, string Reference);

/// <summary>What one customer owes in one currency as of a date, with the period's payments and the aging.</summary>
public sealed record CustomerStatement(
    string CustomerId, string CustomerName, string Currency, DateOnly AsOf, DateOnly PeriodStart,
    IReadOnlyList<StatementLine> OpenItems, IReadOnlyList<StatementPayment> Payments,
    IReadOnlyList<string> BucketNames, IReadOnlyList<decimal> Aging)
{
    public decimal AmountDue => OpenItems.Sum(o => o.Open);
}
