using System.Text.Json.Nodes;
using Reconciler.Rules.Books;
using Reconciler.Rules.Model;

namespace Reconciler.Reports.Journal;

/// <summary>The night's proofs as summary.json and summary.html show them.</summary>
public static class ProofsReport
{
    /// <summary>summary.json's <c>proofs</c>: <c>{name, currency, account, opening, movements, closing, difference}</c> (cash proofs add bank_account).</summary>
    public static JsonArray Json(IReadOnlyList<Proof> proofs)
    {
        var list = new JsonArray();
        foreach (var p in proofs)
        {
            var movements = new JsonObject();
            foreach (var (name, amount) in p.Movements) movements[name] = Money.Format(amount);
            var proof = new JsonObject { ["name"] = p.Name, ["currency"] = p.Currency, ["account"] = p.Account };
            if (p.BankAccount is not null) proof["bank_account"] = p.BankAccount;
            proof["opening"] = Money.Format(p.Opening);
            proof["movements"] = movements;
            proof["closing"] = Money.Format(p.Closing);
            proof["difference"] = Money.Format(p.Difference);
            list.Add(proof);
        }
        return list;
    }

    /// <summary>summary.html's table: one row per proof, the movements in one cell.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<Proof> proofs) => proofs.Select(p => (IReadOnlyList<string>)
    [
        p.Name, p.Currency, p.BankAccount is null ? p.Account : $"{p.Account} ({p.BankAccount})", Money.Format(p.Opening),
        string.Join("; ", p.Movements.Where(m => m.Value != 0m).Select(m => $"{m.Key} {Money.Format(m.Value)}")),
        Money.Format(p.Closing), Money.Format(p.Difference),
    ]);

    public static readonly string[] Header = ["proof", "currency", "account", "opening", "movements", "closing", "difference"];
}
