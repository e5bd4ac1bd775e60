namespace Reconciler.Ingest.Nacha;

/// <summary>The ABA routing-number check: 3, 7, 1 weights over nine digits give a multiple of ten.</summary>
internal static class NachaCheckDigit
{
    public static bool IsValid(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9 || nineDigits.ContainsAnyExceptInRange('0', '9')) return false;
        ReadOnlySpan<int> weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (nineDigits[i] - '0') * weights[i];
        return sum % 10 == 0;
    }
}
