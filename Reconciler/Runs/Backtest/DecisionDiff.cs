using Reconciler.Rules.Model;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// Compares two runs' applications of one night, money by money (source kind and id): what the night decided for each
/// payment is the set of (invoice, amount, rule) it applied it with.
/// </summary>
public static class DecisionDiff
{
    public static IReadOnlyList<DecisionChange> Between(DateOnly asOf, IReadOnlyList<Application> before, IReadOnlyList<Application> after)
    {
        var old = BySource(before);
        var now = BySource(after);
        var changes = new List<DecisionChange>();
        // Few payments change: they are put in order, not the night's thousands of payments.
        foreach (var key in old.Keys.Union(now.Keys))
        {
            old.TryGetValue(key, out var b);
            now.TryGetValue(key, out var a);
            var change = (b, a) switch
            {
                (null, not null) => "added",
                (not null, null) => "removed",
                _ when !Same(b!, a!) => "changed",
                _ => null,
            };
            if (change is null) continue;
            changes.Add(new DecisionChange(asOf, key.Kind, key.Id, change,
                Rules(b), Invoices(b), b?.Sum(x => x.AppliedAmount), Rules(a), Invoices(a), a?.Sum(x => x.AppliedAmount)));
        }
        return changes.OrderBy(c => (c.SourceKind, c.SourceId)).ToList();
    }

    private static Dictionary<(string Kind, string Id), List<Application>> BySource(IReadOnlyList<Application> applications) =>
        applications.GroupBy(a => (a.SourceKind, a.SourceId)).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>The same decision: the same invoices, amounts and rules (in any order; amounts by value, whatever their scale).</summary>
    private static bool Same(List<Application> before, List<Application> after) =>
        before.Count == after.Count && Signature(before).AsSpan().SequenceEqual(Signature(after));

    private static (string Invoice, decimal Amount, string Rule)[] Signature(List<Application> applications)
    {
        var signature = applications.Select(a => (a.InvoiceNumber, a.AppliedAmount, a.Rule)).ToArray();
        Array.Sort(signature, static (x, y) => string.CompareOrdinal(x.InvoiceNumber, y.InvoiceNumber) is var byInvoice and not 0 ? byInvoice
            : x.AppliedAmount.CompareTo(y.AppliedAmount) is var byAmount and not 0 ? byAmount : string.CompareOrdinal(x.Rule, y.Rule));
        return signature;
    }

    private static string Rules(List<Application>? applications) =>
        applications is null ? "" : string.Join(";", applications.Select(a => a.Rule).Distinct().Order(StringComparer.Ordinal));

    private static string Invoices(List<Application>? applications) =>
        applications is null ? "" : string.Join(";", applications.Select(a => a.InvoiceNumber).Distinct().Order(StringComparer.Ordinal));
}
