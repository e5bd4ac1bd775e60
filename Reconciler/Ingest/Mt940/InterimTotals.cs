namespace Reconciler.Ingest.Mt940;

/// <summary>An MT942 <c>:90D:</c> / <c>:90C:</c> total, <c>5n3!a15d</c>: number and sum of debit or credit entries.</summary>
internal sealed record InterimTotals(int Count, string Currency, decimal Sum)
{
    /// <summary>The sum's deviation from 15d, when it had one whose meaning is plain.</summary>
    public AmountQuirk Quirk { get; init; }

    public static InterimTotals? TryParse(string value, out string? error)
    {
        error = null;
        var s = value.Trim();
        var p = 0;
        while (p < s.Length && p < 5 && char.IsAsciiDigit(s[p])) p++;
        if (p == 0 || s.Length < p + 4 || !s.Substring(p, 3).All(char.IsAsciiLetterUpper))
        {
            error = $"'{s}' is not a count, currency and amount (5n3!a15d)";
            return null;
        }
        if (!SwiftValues.TryAmount(s.AsSpan(p + 3), out var sum, out var quirk, out error)) return null;
        return new InterimTotals(SwiftValues.Number(s, 0, p), s.Substring(p, 3), sum) { Quirk = quirk };
    }

    /// <summary>"" when the entries agree with the total, else what differs.</summary>
    public string Compare(string side, IEnumerable<decimal> amounts)
    {
        var list = amounts.Select(Math.Abs).ToList();
        var sum = list.Sum();
        if (list.Count == Count && sum == Sum) return "";
        return $":90{side}: announces {Count} {(side == "D" ? "debit" : "credit")} entries for {Sum} {Currency}, "
            + $"the message holds {list.Count} for {sum}";
    }
}
