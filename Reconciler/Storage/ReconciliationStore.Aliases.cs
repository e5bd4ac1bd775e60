using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;

namespace Reconciler.Storage;

public partial class ReconciliationStore : IPayerAliases
{
    public IPayerAliases PayerAliases => this;

    IReadOnlyList<LearnedAlias> IPayerAliases.Learned() => Read($"""
        SELECT remitter_text, customer_id, learned_on, exception_id, run_id FROM payer_aliases ORDER BY alias_key {Ordinal}
        """, r => new LearnedAlias(Text(r, 0), Text(r, 1), Date(r, 2), Text(r, 3), Text(r, 4)));

    IReadOnlyList<LearnedAlias> IPayerAliases.LearnFrom(string runId, DateOnly asOf, IReadOnlyList<Application> applications, IReadOnlyList<OutstandingCash> cash)
    {
        var applied = Read("""
            SELECT d.exception_id, d.source_id FROM decisions d JOIN decision_imports i ON i.content_hash = d.content_hash
            WHERE i.answers_as_of < @asOf AND d.category = @category AND d.action = @action AND d.source_kind = @kind
            """, r => (Exception: Text(r, 0), Source: Text(r, 1)),
            ("@asOf", asOf), ("@category", "unmatched_receipt"), ("@action", "apply"), ("@kind", SourceKind.BankLine));
        if (applied.Count == 0) return [];
        var lines = cash.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var learned = new List<LearnedAlias>();
        using var unit = Begin();
        var insert = Dialect.InsertIfAbsent("payer_aliases", ["alias_key", "remitter_text", "customer_id", "learned_on", "exception_id", "run_id"],
            ["@key", "@text", "@customer", "@on", "@exception", "@run"], ["alias_key"]);
        foreach (var (exception, source) in applied)
        {
            // Tonight's manual applications of this money; earlier nights' decisions whose money is gone apply nothing.
            var customers = applications.Where(a => a.Rule == "manual" && a.SourceId == source).Select(a => a.CustomerId).Distinct(StringComparer.Ordinal).ToList();
            if (customers.Count != 1 || customers[0] is not { Length: > 0 } customer || !lines.TryGetValue(source, out var line)) continue;
            var text = new[] { line.Counterparty, line.Remittance }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
            if (text is null) continue;
            var alias = new LearnedAlias(text, customer, asOf, exception, runId);
            if (Execute(insert, ("@key", PayerAlias.Key(text)), ("@text", text), ("@customer", customer), ("@on", asOf), ("@exception", exception), ("@run", runId)) > 0)
                learned.Add(alias);
        }
        unit.Commit();
        return learned;
    }

    bool IPayerAliases.Remove(string text) =>
        Execute("DELETE FROM payer_aliases WHERE alias_key = @key", ("@key", PayerAlias.Key(text))) > 0;
}
