using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Finds which customer a payment comes from by name: the share of a customer's name tokens that appear
/// (exactly, or one typo apart) among the payment's counterparty and text tokens. Only customers that share a
/// three-letter token prefix with the payment are considered (typos rarely hit the first three letters).
/// <para>
/// Comparing a payment with every customer that shares a prefix is quadratic on a big night: a common word
/// ("Granite") is in thousands of names. So the search starts from the words instead: first the name tokens
/// alike to some payment word (exact lookups, and one-typo lookups through single-letter deletions), then the
/// customers whose every token is among them (score 1, the best there can be; found through an index by token
/// set), and only when there is none, a count of matched tokens over the customers of each matched token.
/// The answer is the same as comparing with every prefix-sharing customer, as the tests of this class check.
/// </para>
/// </summary>
public sealed class CustomerIndex
{
    /// <summary>Above this many matched tokens the subsets are not enumerated; the count path answers instead.</summary>
    private const int MaxSubsetTokens = 10;

    private readonly Dictionary<string, IReadOnlyList<string>> _tokens = new(StringComparer.Ordinal);
    // Token → the customers whose name has it, once per occurrence (so counts equal the customer's found tokens).
    private readonly Dictionary<string, List<string>> _byToken = new(StringComparer.Ordinal);
    // Sorted distinct tokens joined by a space → the customers whose name is exactly those tokens.
    private readonly Dictionary<string, List<string>> _byTokenSet = new(StringComparer.Ordinal);
    // A token, and each token of five letters or more with one letter deleted → those tokens (one-typo search).
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

    public CustomerIndex(IEnumerable<OpenItem> items)
    {
        foreach (var item in items)
        {
            if (_tokens.ContainsKey(item.CustomerId)) continue;
            var tokens = NameTokens.Of(item.CustomerName);
            if (tokens.Count == 0) continue;
            _tokens[item.CustomerId] = tokens;
            foreach (var token in tokens)
            {
                if (!_byToken.TryGetValue(token, out var owners))
                {
                    _byToken[token] = owners = [];
                    IndexDeletions(token);
                }
                owners.Add(item.CustomerId);
            }
            var key = SetKey(tokens.Distinct(StringComparer.Ordinal));
            if (!_byTokenSet.TryGetValue(key, out var same)) _byTokenSet[key] = same = [];
            same.Add(item.CustomerId);
        }
    }

    /// <summary>The customers whose name fits best (all with the same best score), and that score (0 to 1).</summary>
    public (IReadOnlyList<string> Customers, decimal Score) Identify(IEnumerable<string?> texts)
    {
        var words = texts.SelectMany(NameTokens.Of).Distinct().ToList();
        var prefixes = words.Select(Prefix).ToHashSet(StringComparer.Ordinal);
        var matched = MatchedTokens(words);
        if (matched.Count == 0) return ([], 0m); // every score is 0: nobody fits

        // A customer is considered only if one of its tokens shares a prefix with a payment word.
        bool Considered(string customer) => _tokens[customer].Any(t => prefixes.Contains(Prefix(t)));

        if (matched.Count <= MaxSubsetTokens)
        {
            var complete = new List<string>();
            var sorted = matched.Order(StringComparer.Ordinal).ToArray();
            for (var mask = 1; mask < 1 << sorted.Length; mask++)
            {
                var key = SetKey(sorted.Where((_, i) => (mask & (1 << i)) != 0));
                if (_byTokenSet.TryGetValue(key, out var customers)) complete.AddRange(customers.Where(Considered));
            }
            if (complete.Count > 0) return (complete.Distinct().Order(StringComparer.Ordinal).ToList(), 1m);
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in matched)
            foreach (var customer in _byToken[token])
                found[customer] = found.GetValueOrDefault(customer) + 1;
        var best = new List<string>();
        var bestScore = 0m;
        foreach (var (customer, count) in found.Where(kv => Considered(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var score = Math.Round((decimal)count / _tokens[customer].Count, 4);
            if (score > bestScore) { best = [customer]; bestScore = score; }
            else if (score == bestScore && score > 0) best.Add(customer);
        }
        return (best, bestScore);
    }

    /// <summary>The customers' name tokens that are <see cref="NameTokens.Alike"/> some payment word.</summary>
    private HashSet<string> MatchedTokens(IReadOnlyList<string> words)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_byToken.ContainsKey(word)) matched.Add(word);
            if (word.Length < 5) continue; // a typo match needs both words of five letters or more
            foreach (var variant in Deletions(word).Prepend(word))
            {
                if (!_byDeletion.TryGetValue(variant, out var tokens)) continue;
                foreach (var token in tokens)
                    if (NameTokens.Alike(token, word)) matched.Add(token);
            }
        }
        return matched;
    }

    private void IndexDeletions(string token)
    {
        if (token.Length < 5) return;
        foreach (var variant in Deletions(token).Prepend(token).Distinct(StringComparer.Ordinal))
        {
            if (!_byDeletion.TryGetValue(variant, out var tokens)) _byDeletion[variant] = tokens = [];
            tokens.Add(token);
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    private static string SetKey(IEnumerable<string> tokens) => string.Join(' ', tokens.Order(StringComparer.Ordinal));

    private static string Prefix(string token) => token.Length <= 3 ? token : token[..3];
}
