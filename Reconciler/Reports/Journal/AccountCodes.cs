using Reconciler.Rules.Books;

namespace Reconciler.Reports.Journal;

/// <summary>
/// The account codes of one journal being written, each worked out once: a night has a handful of accounts and millions
/// of lines, and a bank account's code is looked up by its masked number (a new string each time).
/// </summary>
public sealed class AccountCodes(AccountChart accounts)
{
    private readonly Dictionary<AccountRef, string> _codes = [];

    public string Code(AccountRef account)
    {
        if (!_codes.TryGetValue(account, out var code)) _codes[account] = code = accounts.Code(account);
        return code;
    }
}
