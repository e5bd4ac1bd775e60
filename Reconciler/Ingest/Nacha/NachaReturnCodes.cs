namespace Reconciler.Ingest.Nacha;

/// <summary>Plain words for the common return reason codes, for the text a person reads.</summary>
internal static class NachaReturnCodes
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["R01"] = "insufficient funds",
        ["R02"] = "account closed",
        ["R03"] = "no account / unable to locate account",
        ["R04"] = "invalid account number",
        ["R07"] = "authorization revoked by customer",
    };

    public static string Describe(string code) => Words.TryGetValue(code, out var words) ? $"{code} {words}" : code;
}
