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
    // A name's distinct tokens → the customers whose name is exactly those tokens. The key of a token set is the sum of
    // its tokens' random 64-bit ids: order does not matter, and a subset's key is a sum, not a sorted joined string.
    // A collision of sums is harmless: every customer found is checked against the matched tokens.
    private readonly Dictionary<ulong, List<string>> _byTokenSet = [];
    private readonly Dictionary<string, ulong> _tokenIds = new(StringComparer.Ordinal);
    // Each token of five letters or more, and each of its variants with one letter deleted, by a 64-bit hash of the variant →
    // those tokens (one-typo search). Keyed by hash rather than by the variant: the index is made every night, and made a
    // string of every variant of every token. Two variants of one hash only bring another candidate to the check every
    // candidate gets (NameTokens.Alike), so what is found is the same. Nearly every variant is one token's: that token is held in
    // the dictionary's entry, and only a variant of several tokens has a list of them.
    private readonly Dictionary<ulong, string> _byDeletion = [];
    private readonly Dictionary<ulong, List<string>> _byDeletionMore = [];
    // A payment's words, needed for each payment whose payer is looked for: the index keeps one set and clears it (it
    // answers one question at a time, as the ledger that holds it does).
    private readonly PaymentWords _words = new();

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
                    _tokenIds[token] = TokenId(_tokenIds.Count);
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
        var words = _words.Cleared();
        foreach (var text in texts) words.Add(text);
        return Identify(words);
    }

    /// <summary>The customers whose name fits <paramref name="cash"/>'s counterparty and texts best, and that score.</summary>
    internal (IReadOnlyList<string> Customers, decimal Score) Identify(CashCandidate cash)
    {
        var words = _words.Cleared();
        words.Add(cash.Counterparty);
        for (var i = 0; i < cash.Texts.Count; i++) words.Add(cash.Texts[i]);
        return Identify(words);
    }

    // A payment's words are looked at as spans over one buffer: only the customers' own tokens are kept as strings.
    private (IReadOnlyList<string> Customers, decimal Score) Identify(PaymentWords words)
    {
        var matched = MatchedTokens(words);
        if (matched.Count == 0) return ([], 0m); // every score is 0: nobody fits

        // A customer is considered only if one of its tokens shares a prefix (three letters, or the whole of a shorter
        // word) with a payment word.
        var prefixes = new ulong[words.Tokens.Count];
        for (var i = 0; i < prefixes.Length; i++) prefixes[i] = PrefixCode(words.Of(i));

        if (matched.Count <= MaxSubsetTokens)
        {
            var complete = CompleteNames(matched, prefixes);
            if (complete.Count > 0) return (complete.Distinct().Order(StringComparer.Ordinal).ToList(), 1m);
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in matched)
            foreach (var customer in _byToken[token])
                found[customer] = found.GetValueOrDefault(customer) + 1;
        var considered = new List<(string Customer, int Count)>();
        foreach (var (customer, count) in found)
            if (Considered(customer, prefixes)) considered.Add((customer, count));
        considered.Sort((a, b) => string.CompareOrdinal(a.Customer, b.Customer));
        var best = new List<string>();
        var bestScore = 0m;
        foreach (var (customer, count) in considered)
        {
            var score = Math.Round((decimal)count / _tokens[customer].Count, 4);
            if (score > bestScore) { best = [customer]; bestScore = score; }
            else if (score == bestScore && score > 0) best.Add(customer);
        }
        return (best, bestScore);
    }

    private bool Considered(string customer, ulong[] prefixes)
    {
        var tokens = _tokens[customer];
        for (var i = 0; i < tokens.Count; i++)
            if (Array.IndexOf(prefixes, PrefixCode(tokens[i])) >= 0) return true;
        return false;
    }

    /// <summary>A word's first three characters (or all of a shorter one) as one number: equal prefixes, equal codes.</summary>
    private static ulong PrefixCode(ReadOnlySpan<char> word)
    {
        var length = Math.Min(3, word.Length);
        var code = (ulong)length;
        for (var i = 0; i < length; i++) code |= (ulong)word[i] << (2 + 16 * i);
        return code;
    }

    /// <summary>
    /// The considered customers whose every name token is among <paramref name="matched"/>: the name's token set is
    /// one of the subsets of the matched tokens, each looked up by its key (visited in subset order, as before).
    /// </summary>
    private List<string> CompleteNames(HashSet<string> matched, ulong[] prefixes)
    {
        var complete = new List<string>();
        var sorted = new string[matched.Count];
        matched.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        var ids = new ulong[sorted.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = _tokenIds[sorted[i]];
        for (var mask = 1; mask < 1 << sorted.Length; mask++)
        {
            var key = 0UL;
            for (var i = 0; i < sorted.Length; i++)
                if ((mask & (1 << i)) != 0) key += ids[i];
            if (!_byTokenSet.TryGetValue(key, out var customers)) continue;
            foreach (var customer in customers)
            {
                // The sum says "probably this token set"; the tokens themselves say for sure.
                var tokens = _tokens[customer];
                if (DistinctCount(tokens) == BitCount(mask) && AllIn(tokens, matched) && Considered(customer, prefixes)) complete.Add(customer);
            }
        }
        return complete;
    }

    private static bool AllIn(IReadOnlyList<string> tokens, HashSet<string> matched)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (!matched.Contains(tokens[i])) return false;
        return true;
    }

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);

    private static int DistinctCount(IReadOnlyList<string> tokens) => tokens.Count == 1 ? 1 : tokens.Distinct(StringComparer.Ordinal).Count();

    /// <summary>The customers' name tokens that are <see cref="NameTokens.Alike(string, string)"/> some payment word.</summary>
    private HashSet<string> MatchedTokens(PaymentWords words)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var byToken = _byToken.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var w = 0; w < words.Tokens.Count; w++)
        {
            var word = words.Of(w);
            if (byToken.TryGetValue(word, out var token, out _)) matched.Add(token);
            if (word.Length < 5) continue; // a typo match needs both words of five letters or more
            // The word itself, then the word with each letter deleted in turn.
            for (var cut = -1; cut < word.Length; cut++)
            {
                var key = VariantHash(word, cut);
                if (_byDeletionMore.TryGetValue(key, out var alike))
                {
                    foreach (var candidate in alike)
                        if (NameTokens.Alike(candidate, word)) matched.Add(candidate);
                }
                else if (_byDeletion.TryGetValue(key, out var one) && NameTokens.Alike(one, word)) matched.Add(one);
            }
        }
        return matched;
    }

    private void IndexDeletions(string token)
    {
        if (token.Length < 5) return;
        for (var cut = -1; cut < token.Length; cut++)
        {
            var key = VariantHash(token, cut);
            // Deleting either of two same letters gives one variant twice: the token is listed once (it was just added last).
            if (_byDeletionMore.TryGetValue(key, out var tokens)) { if (!ReferenceEquals(tokens[^1], token)) tokens.Add(token); }
            else if (!_byDeletion.TryGetValue(key, out var first)) _byDeletion[key] = token;
            else if (!ReferenceEquals(first, token)) _byDeletionMore[key] = [first, token];
        }
    }

    /// <summary>A 64-bit FNV-1a hash of <paramref name="word"/> without its letter at <paramref name="cut"/> (-1: the whole word).</summary>
    private static ulong VariantHash(ReadOnlySpan<char> word, int cut)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
            if (i != cut) hash = (hash ^ word[i]) * 1099511628211UL;
        return hash;
    }

    private ulong SetKey(IEnumerable<string> tokens) => tokens.Aggregate(0UL, (sum, t) => sum + _tokenIds[t]);

    /// <summary>A well-mixed 64-bit id for the n-th token (splitmix64): sums of distinct sets rarely collide.</summary>
    private static ulong TokenId(int ordinal)
    {
        var z = (ulong)(ordinal + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
