using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>
/// The night's payer aliases (configured and learned), looked up by a payment's remitter texts. An exact alias wins over
/// patterns; the answer is the customers the winning aliases name.
/// </summary>
public sealed class PayerAliasBook
{
    public static readonly PayerAliasBook Empty = new([]);

    private readonly Dictionary<string, List<PayerAlias>> _exact = new(StringComparer.Ordinal);
    private readonly List<PayerAlias> _patterns = [];

    public PayerAliasBook(IEnumerable<PayerAlias> aliases)
    {
        foreach (var alias in aliases)
        {
            if (alias.IsPattern) { _patterns.Add(alias); continue; }
            var key = PayerAlias.Key(alias.Text);
            if (key.Length == 0) continue;
            if (!_exact.TryGetValue(key, out var list)) _exact[key] = list = [];
            list.Add(alias);
        }
    }

    public bool IsEmpty => _exact.Count == 0 && _patterns.Count == 0;

    /// <summary>The aliases that fit the payment: its counterparty first, then its other texts; exact ones if any, else patterns.</summary>
    public IReadOnlyList<PayerAlias> Find(CashCandidate cash)
    {
        if (IsEmpty) return [];
        var texts = new[] { cash.Counterparty }.Concat(cash.Texts).OfType<string>().Where(t => t.Trim().Length > 0).ToList();
        var exact = texts.SelectMany(t => _exact.GetValueOrDefault(PayerAlias.Key(t)) ?? []).Distinct().ToList();
        return exact.Count > 0 ? exact : _patterns.Where(p => texts.Any(p.Fits)).ToList();
    }
}
