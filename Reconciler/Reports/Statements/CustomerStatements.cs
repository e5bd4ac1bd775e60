using Reconciler.Rules.Aging;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Statements;

/// <summary>Builds customer statements from the latest night up to the as-of date and the period's applications.</summary>
public static class CustomerStatements
{
    public static IReadOnlyList<CustomerStatement> Build(
        NightResult latest, IEnumerable<Application> periodApplications, DateOnly asOf, DateOnly periodStart, AgingBuckets buckets, string? customer)
    {
        var open = latest.OpenAfter();
        var payments = periodApplications.Where(a => a.SourceKind != SourceKind.Adjustment).ToList();
        var names = latest.OpenItems.GroupBy(i => i.CustomerId).ToDictionary(g => g.Key, g => g.First().CustomerName, StringComparer.Ordinal);
        var keys = latest.OpenItems.Where(i => open.GetValueOrDefault(i.InvoiceNumber) != 0m).Select(i => (i.CustomerId, i.Currency))
            .Concat(payments.Select(p => (p.CustomerId, p.Currency)))
            .Where(k => customer is null || k.CustomerId == customer)
            .Distinct().OrderBy(k => k.CustomerId, StringComparer.Ordinal).ThenBy(k => k.Currency, StringComparer.Ordinal);

        var statements = new List<CustomerStatement>();
        foreach (var (id, currency) in keys)
        {
            var lines = latest.OpenItems
                .Where(i => i.CustomerId == id && i.Currency == currency && open.GetValueOrDefault(i.InvoiceNumber) != 0m)
                .OrderBy(i => i.DueDate).ThenBy(i => i.InvoiceNumber, StringComparer.Ordinal)
                .Select(i => new StatementLine(i.InvoiceNumber, i.IssueDate, i.DueDate, i.Amount, open[i.InvoiceNumber], Math.Max(0, asOf.DayNumber - i.DueDate.DayNumber)))
                .ToList();
            var aging = new decimal[buckets.Names.Count];
            foreach (var line in lines) aging[buckets.IndexFor(line.DueDate, asOf)] += line.Open;
            var received = payments.Where(p => p.CustomerId == id && p.Currency == currency)
                .Select(p => new StatementPayment(p.CashDate ?? asOf, p.InvoiceNumber, p.AppliedAmount, p.SourceFile ?? p.SourceKind))
                .OrderBy(p => p.Date).ThenBy(p => p.InvoiceNumber, StringComparer.Ordinal).ToList();
            statements.Add(new CustomerStatement(id, names.GetValueOrDefault(id, id), currency, asOf, periodStart, lines, received, buckets.Names, aging));
        }
        return statements;
    }
}
