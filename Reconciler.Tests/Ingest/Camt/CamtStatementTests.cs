using Reconciler.Rules.Model;

namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtStatementTests
{
    [Test]
    public void Version08Statement_ReadsSignedAmountsStatusesAndBalances()
    {
        var parsed = CamtFixtures.Read("camt053.v08.statement.xml");

        Assert.That(parsed.Problems, Is.Empty);
        var statement = parsed.Statements.Single();
        Assert.That(statement.Account, Is.EqualTo("DE02100100100006820101"));
        Assert.That(statement.Currency, Is.EqualTo("EUR"));
        Assert.That(statement.OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(1450.00m));
        Assert.That(statement.Balanced, Is.True);
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m, 99.00m }));
        Assert.That(statement.Transactions.Select(t => t.Status),
            Is.EqualTo(new[] { TransactionStatus.Booked, TransactionStatus.Booked, TransactionStatus.Pending }));
    }

    [Test]
    public void Version08BatchEntry_ExposesItsTransactionDetailsAsItems()
    {
        var entry = CamtFixtures.Read("camt053.v08.statement.xml").Statements[0].Transactions[0];

        Assert.That(entry.Items, Has.Count.EqualTo(2));
        Assert.That(entry.Items[0].Amount, Is.EqualTo(400.00m));
        Assert.That(entry.Items[0].Counterparty, Is.EqualTo("Globex GmbH"));
        Assert.That(entry.Items[0].EndToEndId, Is.EqualTo("E2E-INV-1001"));
        Assert.That(entry.Items[0].References, Does.Contain("INV-1001"));
        Assert.That(entry.Items[1].EndToEndId, Is.Null, "NOTPROVIDED is no reference");
        Assert.That(entry.Items[1].Remittance, Is.EqualTo("Payment INV-1002 thank you"));
        Assert.That(entry.TypeCode, Is.EqualTo("PMNT/RCDT/ESCT"));
        Assert.That(entry.BankReference, Is.EqualTo("BK-778812"));
    }

    [Test]
    public void DomainCodeWins_OverProprietaryCode_AndAdditionalEntryInfoIsRemittance()
    {
        var fee = CamtFixtures.Read("camt053.v08.statement.xml").Statements[0].Transactions[1];

        Assert.That(fee.TypeCode, Is.EqualTo("ACMT/MDOP/CHRG"));
        Assert.That(fee.Remittance, Is.EqualTo("Account fees February"));
    }

    [Test]
    public void PendingEntryWithoutBookingDate_IsKeptWithItsValueDate_AndLeftOutOfTheProof()
    {
        var statement = CamtFixtures.Read("camt053.v08.statement.xml").Statements[0];
        var pending = statement.Transactions[2];

        Assert.That(pending.BookingDate, Is.EqualTo(new DateOnly(2025, 3, 17)));
        Assert.That(pending.Status, Is.EqualTo(TransactionStatus.Pending));
        Assert.That(statement.Balanced, Is.True, "1000 + 600 - 150 = 1450 without the 99.00 pending entry");
    }

    [Test]
    public void Version02Statement_TakesDetailAmountsFromTxAmtThenInstdAmt_AndNamesFromDbtrNm()
    {
        var statement = CamtFixtures.Read("camt053.v02.statement.xml").Statements.Single();
        var batch = statement.Transactions[0];

        Assert.That(batch.Items.Select(i => i.Amount), Is.EqualTo(new[] { 400.00m, 200.00m }));
        Assert.That(batch.Items.Select(i => i.Counterparty), Is.EqualTo(new[] { "Globex GmbH", "Initech AG" }));
        Assert.That(batch.Items[0].References, Is.EqualTo(new[] { "INSTR-1", "TX-1", "RF18539007547034", "INV-1001" }));
        Assert.That(batch.CustomerReference, Is.EqualTo("PMTINF-77"));
        Assert.That(batch.References, Is.EqualTo(new[] { "E-0001", "PMTINF-77" }));
    }

    [Test]
    public void Version02SingleDetailDebit_IsFoldedIntoTheEntry_WithTheCreditorAsCounterparty()
    {
        var rent = CamtFixtures.Read("camt053.v02.statement.xml").Statements[0].Transactions[1];

        Assert.That(rent.Items, Is.Empty);
        Assert.That(rent.Counterparty, Is.EqualTo("Acme Properties"));
        Assert.That(rent.CustomerReference, Is.EqualTo("RENT-2025-03"));
        Assert.That(rent.References, Is.EqualTo(new[] { "RENT-2025-03", "000123" }));
        Assert.That(rent.Remittance, Is.EqualTo("Rent March Unit 4B | SEPA transfer"));
        Assert.That(rent.TypeCode, Is.EqualTo("NMSC+201"));
    }

    [Test]
    public void Version02Statement_PreviousClosingOpens_AndTheTransactionSummaryAgrees()
    {
        var parsed = CamtFixtures.Read("camt053.v02.statement.xml");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements[0].OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
    }

    [Test]
    public void TransactionSummaryThatDisagrees_MakesTheStatementUnbalanced()
    {
        var xml = CamtFixtures.Text("camt053.v02.statement.xml").Replace("<Sum>750.00</Sum>", "<Sum>760.00</Sum>", StringComparison.Ordinal);

        var statement = CamtFixtures.ReadText(xml).Statements[0];

        Assert.That(statement.Balanced, Is.False);
        Assert.That(statement.BalanceNote, Does.Contain("sum of entries is 760.00"));
    }

    [Test]
    public void Reversal_KeepsTheSignOfItsOwnIndicator_AndNamesTheOriginalsCounterparty()
    {
        var statement = CamtFixtures.Read("camt053.v08.reversal.xml").Statements.Single();
        var reversal = statement.Transactions[1];

        Assert.That(reversal.Reversal, Is.True);
        Assert.That(reversal.Amount, Is.EqualTo(-120.00m));
        Assert.That(reversal.Counterparty, Is.EqualTo("Jane Customer"));
        Assert.That(statement.Transactions[0].Reversal, Is.False);
        Assert.That(statement.Balanced, Is.True);
    }

    [Test]
    public void TransactionIdsAndLocations_NameTheStatementAndEntry()
    {
        var entry = CamtFixtures.Read("camt053.v08.statement.xml").Statements[0].Transactions[1];

        Assert.That(entry.Id, Is.EqualTo("s1-e2"));
        Assert.That(entry.Location, Does.StartWith("camt053.v08.statement.xml:Document/BkToCstmrStmt/Stmt[1]/Ntry[2] (line "));
    }
}
