using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Finds which customer a payment comes from by name: the share of a customer's name tokens that appear
/// (exactly, or one typo apart) among the payment's counterparty and text tokens. Indexed by token and by
/// token prefix so a night of many customers is not compared pairwise.
/// </summary>
public sealed class CustomerIndex
{
    private readonly Dictionary<string, List<string>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _tokens = new(StringComparer.Ordinal);

    public CustomerIndex(IEnumerable<OpenItem> items)
    {
        foreach (var item in items)
        {
            if (_tokens.ContainsKey(item.CustomerId)) continue;
            var tokens = NameTokens.Of(item.CustomerName);
            if (tokens.Count == 0) continue;
            _tokens[item.CustomerId] = tokens;
            foreach (var prefix in tokens.Select(Prefix).Distinct())
            {
                if (!_byPrefix.TryGetValue(prefix, out var list)) _byPrefix[prefix] = list = [];
                list.Add(item.CustomerId);
            }
        }
    }

    /// <summary>The customers whose name fits best (all with the same best score), and that score (0 to 1).</summary>
    public (IReadOnlyList<string> Customers, decimal Score) Identify(IEnumerable<string?> texts)
    {
        var words = texts.SelectMany(NameTokens.Of).Distinct().ToList();
        var candidates = words.SelectMany(w => _byPrefix.GetValueOrDefault(Prefix(w)) ?? []).Distinct().ToList();
        var best = new List<string>();
        var bestScore = 0m;
        foreach (var customer in candidates.Order(StringComparer.Ordinal))
        {
            var tokens = _tokens[customer];
            var found = tokens.Count(t => words.Any(w => NameTokens.Alike(t, w)));
            var score = Math.Round((decimal)found / tokens.Count, 4);
            if (score > bestScore) { best = [customer]; bestScore = score; }
            else if (score == bestScore && score > 0) best.Add(customer);
        }
        return (best, bestScore);
    }

    // Typos rarely hit the first three letters; a prefix keeps the index small and still finds them.
    private static string Prefix(string token) => token.Length <= 3 ? token : token[..3];
}
