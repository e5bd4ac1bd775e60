namespace Reconciler.Ingest.Text;

/// <summary>
/// A fast path for plain decimals (<c>1234.56</c>, <c>-7.5</c>): up to 18 ASCII digits with at most one '.' that has
/// digits on both sides, and, when allowed, a leading '-'. The value and its scale (trailing zeros kept) are exactly
/// what decimal.TryParse gives for such text. Anything else, negative zero included, answers false and the caller
/// asks the framework.
/// </summary>
internal static class PlainDecimal
{
    public static bool TryParse(ReadOnlySpan<char> s, bool allowMinus, out decimal value)
    {
        value = 0m;
        var negative = allowMinus && s.Length > 0 && s[0] == '-';
        ulong digits = 0;
        var count = 0;
        var scale = -1; // digits after the '.'; -1 before one
        for (var i = negative ? 1 : 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (++count > 18) return false; // 18 digits always fit in 64 bits
                digits = digits * 10 + (ulong)(c - '0');
                if (scale >= 0) scale++;
            }
            else if (c == '.' && scale < 0 && count > 0) scale = 0;
            else return false;
        }
        if (count == 0 || scale == 0 || negative && digits == 0) return false;
        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
