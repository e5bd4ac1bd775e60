using Reconciler.Rules.Books;

namespace Reconciler.Configuration;

/// <summary>
/// Loads config/accounts.json (Reconciler:Accounts), the journal's account codes by role. A missing file means the
/// accounts are named by their roles; a bad file is a configuration error listing every problem in it.
/// </summary>
public static class AccountsConfiguration
{
    public static AccountChart Load(string configFolder, string fileName)
    {
        var path = Path.Combine(configFolder, fileName);
        if (!File.Exists(path)) return AccountChart.ByRole;
        var (chart, errors) = AccountsFile.Parse(File.ReadAllText(path), Path.GetFileName(path));
        if (chart is null)
            throw new ConfigurationError($"{path} has {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        return chart;
    }
}
