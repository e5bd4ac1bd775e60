using System.Text.RegularExpressions;
using Reconciler.Rules.Books;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Finds the payment a reversing row undoes. A batch item names it: a NACHA return its original trace number (addenda
/// 99), a Stripe refund or dispute its charge (<c>ch_</c> / <c>py_</c>), a PayPal refund or reversal its Reference Txn
/// ID. A bank debit (BAI2 return code, camt <c>RvslInd</c>, MT940 <c>RC</c>, a returned-item text) names nothing
/// reliably: its original is a credit of the same amount and currency on the same account, no later, that shares a
/// reference or the payer's name with it. Every answer says what was searched for, found or not.
/// </summary>
internal sealed class OriginalFinder
{
    private readonly Dictionary<string, List<CashCandidate>> _byId = new(StringComparer.Ordinal);

    // Bank credits by what a returning debit must equal (account, currency, full amount): a big night has a million
    // credits and thousands of returns, too many to compare each with each.
    private readonly Dictionary<(string? Account, string Currency, decimal Amount), List<CashCandidate>> _credits = [];

    public OriginalFinder(IEnumerable<CashCandidate> originals)
    {
        foreach (var original in originals)
        {
            if (original.SourceKind == SourceKind.BankLine)
            {
                var key = CreditKey(original);
                if (!_credits.TryGetValue(key, out var same)) _credits[key] = same = [];
                same.Add(original);
            }
            foreach (var id in IdsOf(original)) Index(id, original);
        }
    }

    /// <summary>
    /// Which payments the night's reversing rows could find (<see cref="Find"/> looks nowhere else): those keyed by a credit a
    /// returned debit must equal, or by an id a batch item names. Only these need be kept for the finder while the rest of
    /// the night's payments are matched and let go.
    /// </summary>
    public static Func<CashCandidate, bool> Sought(IEnumerable<CashCandidate> rows)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var credits = new HashSet<(string? Account, string Currency, decimal Amount)>();
        foreach (var row in rows)
        {
            if (row.SourceKind == SourceKind.BankLine) credits.Add((row.Account, row.Currency, -row.Amount));
            else foreach (var (id, _) in Named(row, string.Join(' ', row.Texts))) ids.Add(id);
        }
        // Asked of every payment of the night: no ids sought, no look at its ids.
        return original => original.SourceKind == SourceKind.BankLine && credits.Contains(CreditKey(original)) || ids.Count > 0 && NamesAny(original, ids);
    }

    private static bool NamesAny(CashCandidate original, HashSet<string> ids)
    {
        if (!MayHaveIds(original)) return false;
        foreach (var id in IdsOf(original))
            if (ids.Contains(id)) return true;
        return false;
    }

    private static (string? Account, string Currency, decimal Amount) CreditKey(CashCandidate original) =>
        (original.Account, original.Currency, original.FullAmount ?? original.Amount);

    /// <summary>Whether <see cref="IdsOf"/> could yield anything: most bank lines have no item id, no claim and no processor id.</summary>
    private static bool MayHaveIds(CashCandidate original)
    {
        if (original.ItemId is { Length: > 0 } || original.Claim is not null) return true;
        for (var i = 0; i < original.Texts.Count; i++)
            if (HasProcessorPrefix(original.Texts[i])) return true;
        return false;
    }

    private static bool HasProcessorPrefix(string text) =>
        text.Contains("ch_", StringComparison.Ordinal) || text.Contains("py_", StringComparison.Ordinal);

    /// <summary>The ids a payment is known by to a reversing row: its item id, the processor ids in its texts, its claim numbers.</summary>
    private static IEnumerable<string> IdsOf(CashCandidate original)
    {
        if (original.ItemId is { Length: > 0 } id) yield return id;
        foreach (var text in original.Texts)
        {
            // Most texts name no processor id: a plain search spares them the pattern (a big night has a million).
            if (!HasProcessorPrefix(text)) continue;
            foreach (Match m in ProcessorId.Matches(text)) yield return m.Value;
        }
        // An 835 claim payment is named by a PLB recoupment by its claim number (CLP01) or the payer's claim id (CLP07).
        if (original.Claim is { } claim)
        {
            if (original.InvoiceReference is { Length: > 0 } number) yield return ClaimKey(number);
            if (claim.PayerClaimId is { Length: > 0 } icn) yield return ClaimKey(icn);
        }
    }

    private void Index(string id, CashCandidate original)
    {
        if (!_byId.TryGetValue(id, out var list)) _byId[id] = list = [];
        if (!list.Contains(original)) list.Add(original);
    }

    public (CashCandidate? Original, string Searched) Find(CashCandidate row)
    {
        var texts = string.Join(' ', row.Texts);
        if (row.SourceKind == SourceKind.BankLine) return FindCredit(row, texts);
        var named = Named(row, texts);
        foreach (var (id, what) in named)
        {
            var found = _byId.GetValueOrDefault(id)?.Where(o => o.SourceId != row.SourceId && o.Currency == row.Currency).ToList();
            if (found is { Count: > 0 }) return (found[0], what);
        }
        return (null, named.Count == 0 ? "the row names no original payment (no original trace, charge id or Reference Txn ID)" : string.Join(", ", named.Select(n => n.What)));
    }

    /// <summary>The ids a batch item names for its original, each with how it is described to a reviewer.</summary>
    private static List<(string Id, string What)> Named(CashCandidate row, string texts)
    {
        var named = new List<(string, string)>();
        if (ReversalRows.RecoupedClaim(row) is { } claim && row.ItemKind == "plb")
        {
            named.Add((ClaimKey(claim), $"a payment of the claim {claim}"));
            return named;
        }
        foreach (Match m in OriginalTrace.Matches(texts)) named.Add((m.Groups[1].Value, $"the entry with original trace number {m.Groups[1].Value}"));
        foreach (Match m in PayPalReference.Matches(texts)) named.Add((m.Groups[1].Value, $"the transaction with Reference Txn ID {m.Groups[1].Value}"));
        foreach (Match m in ProcessorId.Matches(texts))
            if (m.Value != row.ItemId) named.Add((m.Value, $"the charge {m.Value}"));
        return named;
    }

    private static string ClaimKey(string claim) => "claim:" + ReferenceKey.Normalize(claim);

    private (CashCandidate? Original, string Searched) FindCredit(CashCandidate debit, string texts)
    {
        var amount = -debit.Amount;
        var searched = $"a credit of {Money.Format(amount)} {debit.Currency} on account {AccountChart.Masked(debit.Account) ?? "(none)"} on or before "
            + $"{debit.Date:yyyy-MM-dd} sharing a reference or the payer's name with '{Shorten(texts)}'";
        var words = Words(texts);
        var scored = _credits.GetValueOrDefault((debit.Account, debit.Currency, amount), [])
            .Where(o => o.Date <= debit.Date && o.SourceId != debit.SourceId)
            .Select(o => (Original: o, Score: Score(words, Words(string.Join(' ', o.Texts)))))
            .Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenByDescending(s => s.Original.Date).ToList();
        if (scored.Count == 0) return (null, searched);
        if (scored.Count > 1 && scored[1].Score == scored[0].Score && scored[1].Original.Date == scored[0].Original.Date)
            return (null, searched + $": {scored.Count} credits fit equally ({string.Join(", ", scored.Select(s => s.Original.SourceId))})");
        return (scored[0].Original, searched);
    }

    /// <summary>A shared reference (a word with a digit) counts ten, a shared name word one.</summary>
    private static int Score(HashSet<string> a, HashSet<string> b) => a.Where(b.Contains).Sum(w => w.Any(char.IsDigit) ? 10 : 1);

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.ToUpperInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var hasDigit = word.Any(char.IsDigit);
            if (word.Length >= 4 && (hasDigit || !StopWords.Contains(word)) && !AchCode.IsMatch(word)) words.Add(word);
        }
        return words;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static readonly char[] Separators = [' ', ',', ';', ':', '/', '.', '-', '(', ')', '*', '#', '\\', '\'', '"', '\t', '?', '+'];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "RETURN", "RETURNED", "RETURNS", "ITEM", "ITEMS", "INSUFFICIENT", "FUNDS", "REVERSAL", "REVERSED", "CREDIT", "DEBIT", "PAYMENT",
        "TRANSFER", "WIRE", "DEPOSIT", "ACCOUNT", "CLOSED", "CHARGEBACK", "REFUND", "INCOMING", "OUTGOING", "BANK", "ENTRY", "UNPAID",
        "NONREF", "NOTPROVIDED", "STORNO", "RUECKLASTSCHRIFT", "LASTSCHRIFT", "GUTSCHRIFT", "SEPA", "INVOICE", "FROM", "WITH",
    };

    // Built by the runtime, not the source generator (see Returns).
    private static readonly Regex OriginalTrace = new(@"original trace (\d{15})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    private static readonly Regex PayPalReference = new(@"; ref ([A-Za-z0-9]{6,})", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex ProcessorId = new(@"\b(?:ch|py)_[A-Za-z0-9]{4,}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex AchCode = new(@"^R[0-9]{2}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
