namespace Reconciler.Runs;

/// <summary>Account numbers are shown by their last four characters only, in every report and log.</summary>
public static class Masking
{
    public static string Account(string? account)
    {
        if (string.IsNullOrWhiteSpace(account) || account == "unknown") return account ?? "";
        var compact = account.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length <= 4 ? new string('*', compact.Length) : "****" + compact[^4..];
    }
}
