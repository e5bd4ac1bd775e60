namespace Reconciler.Rules.Books;

/// <summary>
/// The user's account codes by role. Cash and processor clearing have one code per bank account and per batch kind
/// (with a default); the other roles one code each.
/// </summary>
public sealed record AccountChart
{
    /// <summary>One code per role other than cash and processor clearing.</summary>
    public required IReadOnlyDictionary<string, string> Codes { get; init; }

    public required string CashDefault { get; init; }

    /// <summary>Cash codes by bank account, the key full or masked (****1234).</summary>
    public IReadOnlyDictionary<string, string> CashByAccount { get; init; } = new Dictionary<string, string>();

    public required string ClearingDefault { get; init; }

    /// <summary>Clearing codes by batch kind (stripe_payout, paypal_withdrawal, era_835, ach_batch).</summary>
    public IReadOnlyDictionary<string, string> ClearingByKind { get; init; } = new Dictionary<string, string>();

    /// <summary>The chart used when there is no config/accounts.json: every account is named by its role.</summary>
    public static AccountChart ByRole { get; } = new()
    {
        Codes = AccountRole.All.Where(r => r is not (AccountRole.Cash or AccountRole.ProcessorClearing)).ToDictionary(r => r, r => r),
        CashDefault = AccountRole.Cash,
        ClearingDefault = AccountRole.ProcessorClearing,
        ClearingByKind = AccountRole.ClearingKinds.ToDictionary(k => k, k => $"{AccountRole.ProcessorClearing}:{k}"),
    };

    /// <summary>The code of an account: <paramref name="qualifier"/> is the bank account for cash, the batch kind for clearing.</summary>
    public string Code(AccountRef account) => account.Role switch
    {
        AccountRole.Cash => Lookup(CashByAccount, account.Qualifier) ?? Lookup(CashByAccount, Masked(account.Qualifier)) ?? CashDefault,
        AccountRole.ProcessorClearing => Lookup(ClearingByKind, account.Qualifier) ?? ClearingDefault,
        _ => Codes.TryGetValue(account.Role, out var code) ? code
            : AccountRole.Optional.TryGetValue(account.Role, out var fallback) && Codes.TryGetValue(fallback, out var used) ? used : account.Role,
    };

    private static string? Lookup(IReadOnlyDictionary<string, string> codes, string? key) =>
        key is not null && codes.TryGetValue(key, out var code) ? code : null;

    /// <summary>The way reports show a bank account (the last four characters), so overrides may name it that way.</summary>
    public static string? Masked(string? account)
    {
        if (string.IsNullOrWhiteSpace(account)) return account;
        var compact = account.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length <= 4 ? new string('*', compact.Length) : "****" + compact[^4..];
    }
}
