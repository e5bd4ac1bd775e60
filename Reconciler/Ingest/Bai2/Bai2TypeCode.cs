using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>What a BAI2 type code reports (spec Appendix A ranges).</summary>
internal enum Bai2CodeKind
{
    Status,
    SummaryCredit,
    SummaryDebit,
    Credit,
    Debit,
    TextOnly,
    Unknown,
}

internal static class Bai2TypeCode
{
    public static bool IsWellFormed(string code) => code.Length == 3 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]);

    /// <summary>
    /// 001-099 and 900-919 status; 100 and 400 totals; 101-399 and 920-959 credits; 401-699 and 960-999 debits;
    /// 890 text only; anything else (700-799 loan codes, malformed) has no direction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Bai2CodeKind Classify(string code)
    {
        if (!IsWellFormed(code)) return Bai2CodeKind.Unknown;
        var n = ((code[0] - '0') * 100) + ((code[1] - '0') * 10) + (code[2] - '0');
        return n switch
        {
            >= 1 and <= 99 => Bai2CodeKind.Status,
            100 => Bai2CodeKind.SummaryCredit,
            400 => Bai2CodeKind.SummaryDebit,
            >= 101 and <= 399 => Bai2CodeKind.Credit,
            >= 401 and <= 699 => Bai2CodeKind.Debit,
            890 => Bai2CodeKind.TextOnly,
            >= 900 and <= 919 => Bai2CodeKind.Status,
            >= 920 and <= 959 => Bai2CodeKind.Credit,
            >= 960 and <= 999 => Bai2CodeKind.Debit,
            _ => Bai2CodeKind.Unknown,
        };
    }
}
