using Reconciler.Ingest.Camt;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtReportAndNotificationTests
{
    [Test]
    public void Camt052Version04_ProvesOpeningToInterimBooked_WithoutThePendingEntry()
    {
        var parsed = CamtFixtures.Read("camt052.v04.report.xml");

        Assert.That(parsed.Format, Is.EqualTo("camt.052"));
        Assert.That(parsed.Problems, Is.Empty);
        var report = parsed.Statements.Single();
        Assert.That(report.Account, Is.EqualTo("0006820101"));
        Assert.That(report.ClosingBalance, Is.EqualTo(5900.00m));
        Assert.That(report.Balanced, Is.True);
        Assert.That(report.Transactions[2].Status, Is.EqualTo(TransactionStatus.Pending));
        Assert.That(report.Transactions[1].Counterparty, Is.EqualTo("Power Utility SE"));
        Assert.That(report.Transactions[1].References, Is.EqualTo(new[] { "DD-2025-03-ENERGY", "MANDATE-88" }));
    }

    [Test]
    public void Camt052OpeningAndClosingInterimBalances_AreEnoughForTheProof()
    {
        var xml = CamtFixtures.Text("camt052.v04.report.xml").Replace("<Cd>OPBD</Cd>", "<Cd>ITBD</Cd>", StringComparison.Ordinal)
            .Replace("5900.00", "5800.00", StringComparison.Ordinal);

        var report = CamtFixtures.ReadText(xml, CamtMessage.Report).Statements[0];

        Assert.That(report.OpeningBalance, Is.EqualTo(5000.00m));
        Assert.That(report.Balanced, Is.False);
        Assert.That(report.BalanceNote, Does.Contain("5900.00").And.Contain("(ITBD) is 5800.00"));
    }

    [Test]
    public void Camt054Version02_BatchItemsCarryAmountsReferencesAndNames_AndNoBalanceCheck()
    {
        var parsed = CamtFixtures.Read("camt054.v02.batch.xml");

        Assert.That(parsed.Format, Is.EqualTo("camt.054"));
        Assert.That(parsed.Problems, Is.Empty);
        var notification = parsed.Statements.Single();
        Assert.That(notification.Balanced, Is.Null);
        Assert.That(notification.Currency, Is.EqualTo("CHF"), "no Acct/Ccy: the first amount's currency");
        var entry = notification.Transactions.Single();
        Assert.That(entry.Items.Select(i => i.Amount), Is.EqualTo(new[] { 1000.00m, 500.50m, 250.00m }));
        Assert.That(entry.Items.Select(i => i.Counterparty), Is.EqualTo(new[] { "Alpine Tools AG", "Berg Bau GmbH", "Lakeside Cafe" }));
        Assert.That(entry.Items[0].References, Is.EqualTo(new[] { "210000000003139471430009017", "CH-4471-1" }));
        Assert.That(entry.Items[2].References, Does.Contain("2025-121"));
        Assert.That(entry.References, Is.EqualTo(new[] { "LBX-0318-A", "LOCKBOX-0318" }));
    }

    [Test]
    public void Camt054Version08_DebitBatchItemsAreNegative_WithTheCreditorFromPtyNm()
    {
        var entry = CamtFixtures.Read("camt054.v08.batch.xml").Statements.Single().Transactions.Single();

        Assert.That(entry.Amount, Is.EqualTo(-2300.00m));
        Assert.That(entry.Items.Select(i => i.Amount), Is.EqualTo(new[] { -1800.00m, -500.00m }));
        Assert.That(entry.Items.Select(i => i.Counterparty), Is.EqualTo(new[] { "Widget Supply BV", "Paper Mill Oy" }));
        Assert.That(entry.Items[0].References, Is.EqualTo(new[] { "PAYRUN-0319-1" }));
        Assert.That(entry.Items[1].References, Is.EqualTo(new[] { "PAYRUN-0319-2", "8840" }));
    }

    [Test]
    public void BatchWhoseDetailsDoNotAddUp_IsWarnedAbout()
    {
        var xml = CamtFixtures.Text("camt054.v08.batch.xml").Replace("<Amt Ccy=\"EUR\">500.00</Amt>", "<Amt Ccy=\"EUR\">400.00</Amt>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml, CamtMessage.Notification);

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Single().Message, Does.Contain("add up to -2200.00 EUR but the entry amount is -2300.00"));
    }

    [Test]
    public void AppHdrEnvelope_IsLookedThrough_ToTheDocument()
    {
        var parsed = CamtFixtures.Read("camt053.v08.apphdr.xml");

        Assert.That(parsed.Problems, Is.Empty);
        var statement = parsed.Statements.Single();
        Assert.That(statement.Account, Is.EqualTo("40051512345678"));
        Assert.That(statement.OpeningBalance, Is.EqualTo(-75.00m), "a DBIT balance is overdrawn");
        Assert.That(statement.Balanced, Is.True);
        Assert.That(statement.Transactions.Single().Location, Does.Contain("BizMsg/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]"));
    }

    [Test]
    public void SeveralStatementsInOneMessage_BecomeOneStatementEach_AndPagesCarryTheBalance()
    {
        var page = CamtFixtures.Text("camt053.v08.unbalanced.xml");
        var stmt = page[page.IndexOf("<Stmt>", StringComparison.Ordinal)..(page.IndexOf("</Stmt>", StringComparison.Ordinal) + 7)];
        var first = stmt.Replace("<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd>", "<Bal><Tp><CdOrPrtry><Cd>CLAV</Cd>", StringComparison.Ordinal);
        var second = stmt.Replace("<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd>", "<Bal><Tp><CdOrPrtry><Cd>OPAV</Cd>", StringComparison.Ordinal)
            .Replace("1200.00", "1500.00", StringComparison.Ordinal);
        var xml = page.Replace(stmt, first + second, StringComparison.Ordinal);

        var statements = CamtFixtures.ReadText(xml).Statements;

        Assert.That(statements, Has.Count.EqualTo(2));
        Assert.That(statements[0].Balanced, Is.Null, "the first page has no closing balance");
        Assert.That(statements[1].OpeningBalance, Is.EqualTo(1250.00m), "carried from the first page");
        Assert.That(statements[1].Balanced, Is.True);
        Assert.That(statements[1].Transactions[0].Id, Is.EqualTo("s2-e1"));
    }
}
