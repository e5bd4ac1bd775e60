using Reconciler.Configuration;
using Reconciler.Rules.Books;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

public sealed class AccountsFileTests
{
    [Test]
    public void ShippedAccountsFile_IsValid_AndMapsEveryRole()
    {
        var (chart, errors) = AccountsFile.Parse(File.ReadAllText(Repository.Path("config", "accounts.json")));

        Assert.That(errors, Is.Empty);
        Assert.That(chart!.Code(new(AccountRole.AccountsReceivable)), Is.EqualTo("1200"));
        Assert.That(chart.Code(new(AccountRole.ProcessorClearing, "era_835")), Is.EqualTo("1153"));
        Assert.That(chart.Code(new(AccountRole.ProcessorClearing, "pending")), Is.EqualTo("1150"));
    }

    [Test]
    public void CashOverride_ByTheMaskedAccount_AppliesToTheFullNumber_AndOtherAccountsGetTheDefault()
    {
        var (chart, _) = AccountsFile.Parse(File.ReadAllText(Repository.Path("config", "accounts.json")));

        Assert.That(chart!.Code(new(AccountRole.Cash, "000123456789")), Is.EqualTo("1010"));
        Assert.That(chart.Code(new(AccountRole.Cash, "99887766")), Is.EqualTo("1000"));
    }

    [Test]
    public void BadFile_FailsOnce_ListingEveryProblem()
    {
        var (chart, errors) = AccountsFile.Parse("""
            { "cash": "1000", "accounts_receivable": "", "unapplied_cash": 2150, "processor_clearing": { "default": "1150", "stripe_payout": "1151", "venmo": "1199" },
              "processor_fees": "6150", "contractual_adjustments": "4950", "write_offs": "6900", "interest_income": "4500", "bank_charges": "6100" }
            """);

        Assert.That(chart, Is.Null);
        Assert.That(errors, Has.Some.Contains("unknown role 'bank_charges'"));
        Assert.That(errors, Has.Some.Contains("'cash' must be an object"));
        Assert.That(errors, Has.Some.Contains("'accounts_receivable' must be a non-empty account code"));
        Assert.That(errors, Has.Some.Contains("'unapplied_cash' must be a non-empty account code"));
        Assert.That(errors, Has.Some.Contains("role 'refunds_payable' has no account code"));
        Assert.That(errors, Has.Some.Contains("no account code for 'paypal_withdrawal'"));
        Assert.That(errors, Has.Some.Contains("unknown batch kind 'venmo'"));
    }

    [Test]
    public void BadFileInTheConfigFolder_IsAConfigurationErrorNamingTheFile_AndAMissingOneNamesAccountsByRole()
    {
        using var folder = new TempFolder();
        folder.Write("accounts.json", "{ \"cash\": { } }");

        var error = Assert.Throws<ConfigurationError>(() => AccountsConfiguration.Load(folder.Path, "accounts.json"));

        Assert.That(error!.Message, Does.Contain("accounts.json has").And.Contain("'cash' has no \"default\" code"));
        Assert.That(AccountsConfiguration.Load(folder.Path, "missing.json").Code(new(AccountRole.WriteOffs)), Is.EqualTo("write_offs"));
    }
}
