using Reconciler.Ingest;
using Reconciler.Ingest.Mt940;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Mt940;

public sealed class Mt940ReaderTests
{
    private static ParsedFile Fixture(string name) => Parse.File(new Mt940Reader(), Repository.Fixture("mt940", name));

    [Test]
    public void SwiftBlocks_AreStripped_AndEachMessageIsAStatement()
    {
        var parsed = Fixture("swift_blocks_german.sta");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements, Has.Count.EqualTo(2));
        Assert.That(parsed.Statements[0].Account, Is.EqualTo("DE02100100100006820101"));
        Assert.That(parsed.Statements[0].OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(parsed.Statements[0].ClosingBalance, Is.EqualTo(1450.00m));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
        Assert.That(parsed.Statements[1].Transactions.Single().Amount, Is.EqualTo(-49.90m));
    }

    [Test]
    public void GermanSubfields_WrappedAcrossLines_AreJoinedWithoutSpaces()
    {
        var credit = Fixture("swift_blocks_german.sta").Statements[0].Transactions[0];

        Assert.That(credit.Counterparty, Is.EqualTo("GLOBEX GMBH"));
        Assert.That(credit.Remittance, Is.EqualTo("INV-1001 INV-1002"));
        Assert.That(credit.References, Is.EqualTo(new[] { "E2E-INV-1001" }));
        Assert.That(credit.CustomerReference, Is.EqualTo("E2E-INV-1001"));
        Assert.That(credit.BankReference, Is.EqualTo("BK-778812"));
        Assert.That(credit.TypeCode, Is.EqualTo("NTRF"));
        Assert.That(credit.Id, Is.EqualTo("s1-t1"));
        Assert.That(credit.Location, Is.EqualTo("swift_blocks_german.sta:6"));
    }

    [Test]
    public void SepaKeys_SplitOverSubfieldsAndLines_GiveMandateAndNameFromBothNameFields()
    {
        var debit = Fixture("swift_blocks_german.sta").Statements[1].Transactions[0];

        Assert.That(debit.References, Is.EqualTo(new[] { "ABO-2025-03", "M-7781" }));
        Assert.That(debit.Remittance, Is.EqualTo("Abo Maerz 2025"));
        Assert.That(debit.Counterparty, Is.EqualTo("STROMWERKE SUED"));
        Assert.That(debit.CustomerReference, Is.Null, "NONREF is no reference");
    }

    [Test]
    public void CreditWithFundsCodeLetter_IsReadAsCreditNotReversal()
    {
        var entry = Fixture("ing_dutch_marks.sta").Statements[0].Transactions[0];

        Assert.That(entry.Amount, Is.EqualTo(1500.00m));
        Assert.That(entry.Reversal, Is.False);
    }

    [Test]
    public void ReversalOfACredit_IsADebit_AndReversalOfADebit_IsACredit()
    {
        var entries = Fixture("ing_dutch_marks.sta").Statements[0].Transactions;

        Assert.That(entries[1].Amount, Is.EqualTo(-100.00m));
        Assert.That(entries[1].Reversal, Is.True);
        Assert.That(entries[2].Amount, Is.EqualTo(25.00m));
        Assert.That(entries[2].Reversal, Is.True);
    }

    [Test]
    public void EntryDateInJanuary_AfterADecemberValueDate_FallsInTheNextYear()
    {
        var entries = Fixture("ing_dutch_marks.sta").Statements[0].Transactions;

        Assert.That(entries[0].ValueDate, Is.EqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(entries[0].BookingDate, Is.EqualTo(new DateOnly(2025, 1, 2)));
        Assert.That(entries[1].BookingDate, Is.EqualTo(new DateOnly(2024, 12, 31)));
    }

    [Test]
    public void EntryDateInDecember_BeforeAJanuaryValueDate_FallsInThePreviousYear()
    {
        var entries = Fixture("abnamro_unbalanced.sta").Statements[0].Transactions;

        Assert.That(entries[1].ValueDate, Is.EqualTo(new DateOnly(2025, 1, 2)));
        Assert.That(entries[1].BookingDate, Is.EqualTo(new DateOnly(2024, 12, 30)));
        Assert.That(entries[0].BookingDate, Is.EqualTo(new DateOnly(2025, 1, 3)));
    }

    [Test]
    public void DutchCodes_WrappedMidWord_GiveCounterpartyReferencesAndRemittance()
    {
        var entries = Fixture("ing_dutch_marks.sta").Statements[0].Transactions;

        Assert.That(entries[0].Counterparty, Is.EqualTo("ACME TRADING B.V."));
        Assert.That(entries[0].Remittance, Is.EqualTo("Factuur INV-2024-118 en INV-2024-119"));
        Assert.That(entries[0].References, Is.EqualTo(new[] { "INV-2024-118" }));
        Assert.That(entries[1].Counterparty, Is.EqualTo("J. DE VRIES"));
        Assert.That(entries[2].References, Is.EqualTo(new[] { "MNDT-0042", "RF18539007547034" }), "NOTPROVIDED is dropped; a structured REMI is a reference");
        Assert.That(entries[2].Counterparty, Is.EqualTo("GASBEDRIJF"));
    }

    [Test]
    public void IngPortalHeader_AndDashSeparators_AreSkipped_AndTheCurrencySuffixLeavesTheAccount()
    {
        var parsed = Fixture("ing_dutch_marks.sta");

        Assert.That(parsed.Statements, Has.Count.EqualTo(2));
        Assert.That(parsed.Statements[0].Account, Is.EqualTo("NL20INGB0001234567"));
        Assert.That(parsed.Statements[0].Currency, Is.EqualTo("EUR"));
        Assert.That(parsed.Statements.All(s => s.Balanced == true), Is.True);
        Assert.That(parsed.HasErrors, Is.False);
    }

    [Test]
    public void StatementsThatDoNotChain_AreWarned()
    {
        var parsed = Fixture("ing_dutch_marks.sta");

        var warning = parsed.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Message, Does.Contain("3400").And.Contain("3425"));
        Assert.That(warning.Location, Is.EqualTo("line 25"));
    }

    [Test]
    public void AbnAmroHeader_AndOldStatementNumberTag_AreRead()
    {
        var parsed = Fixture("abnamro_unbalanced.sta");

        Assert.That(parsed.Statements.Single().Account, Is.EqualTo("517852257"));
        Assert.That(parsed.Statements[0].Transactions, Has.Count.EqualTo(2));
        Assert.That(parsed.Statements[0].Transactions[0].Remittance, Does.StartWith("BEA NR:XXX1234 30.12.24/12.54 BAKKERIJ"));
    }

    [Test]
    public void StatementThatDoesNotAddUp_IsUnbalanced_WithANoteAndAWarning()
    {
        var parsed = Fixture("abnamro_unbalanced.sta");
        var statement = parsed.Statements.Single();

        Assert.That(statement.Balanced, Is.False);
        Assert.That(statement.BalanceNote, Does.Contain("1025.25").And.Contain("1100.00").And.Contain("74.75"));
        Assert.That(parsed.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(parsed.HasErrors, Is.False);
    }

    [Test]
    public void February30_IsClampedToTheMonthEnd_WithAWarning()
    {
        var parsed = Fixture("cp1252_feb30.sta");
        var entry = parsed.Statements.Single().Transactions.Single();

        Assert.That(entry.ValueDate, Is.EqualTo(new DateOnly(2016, 2, 29)));
        Assert.That(entry.BookingDate, Is.EqualTo(new DateOnly(2016, 3, 1)));
        Assert.That(parsed.Problems.Any(p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("month", StringComparison.Ordinal) && p.Location == "line 5"), Is.True);
        Assert.That(parsed.Statements[0].Balanced, Is.True);
    }

    [Test]
    public void Windows1252Text_IsDecoded_AndControlBytesAreReplacedAndReported()
    {
        var parsed = Fixture("cp1252_feb30.sta");
        var entry = parsed.Statements.Single().Transactions.Single();

        Assert.That(entry.Counterparty, Is.EqualTo("Müller GmbH"));
        Assert.That(entry.Remittance, Is.EqualTo("Pauschale München"));
        Assert.That(parsed.Problems.Any(p => p.Message.Contains("0x1A", StringComparison.Ordinal) && p.Location == "line 6"), Is.True);
    }

    [Test]
    public void Mt942_CountsAndSums_ProveTheReport()
    {
        var parsed = Parse.File(new Mt942Reader(), Repository.Fixture("mt940", "mt942_totals.sta"));
        var report = parsed.Statements.Single();

        Assert.That(parsed.Format, Is.EqualTo("mt942"));
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(report.Balanced, Is.True);
        Assert.That(report.Currency, Is.EqualTo("PLN"));
        Assert.That(report.OpeningBalance, Is.Null);
    }

    [Test]
    public void Mt942_ExpectedEntries_ArePending()
    {
        var entries = Parse.File(new Mt942Reader(), Repository.Fixture("mt940", "mt942_totals.sta")).Statements[0].Transactions;

        Assert.That(entries.Select(e => e.Status), Is.EqualTo(new[] { TransactionStatus.Booked, TransactionStatus.Booked, TransactionStatus.Pending }));
        Assert.That(entries[0].Remittance, Does.Contain("FV-0001/01/2025"));
    }

    [Test]
    public void Mt942_TotalsThatDisagree_MakeTheReportUnbalanced()
    {
        var text = File.ReadAllText(Repository.Fixture("mt940", "mt942_totals.sta")).Replace(":90C:2PLN420,00", ":90C:1PLN120,00", StringComparison.Ordinal);

        var parsed = Parse.Text(new Mt942Reader(), text);

        Assert.That(parsed.Statements[0].Balanced, Is.False);
        Assert.That(parsed.Statements[0].BalanceNote, Does.Contain(":90C: announces 1 credit entries for 120.00 PLN"));
    }

    [Test]
    public void AmountWithoutDecimalComma_IsReadAsWholeUnits_WithALocatedWarning()
    {
        var parsed = Parse.Text(new Mt940Reader(), ":20:X\n:25:123\n:60F:C250101EUR0,\n:61:250101C500NTRFNONREF\n:62F:C250101EUR500,\n", "bad.sta");

        Assert.That(parsed.Statements.Single().Transactions.Single().Amount, Is.EqualTo(500m));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "bad.sta, line 4, field ':61:': amount without a decimal comma: read as whole units (\"500\" = 500.00)",
        }));
    }

    [Test]
    public void SparkassenLineBrokenBeforeTheAmount_IsReadAsOneLine()
    {
        var parsed = Parse.Text(new Mt940Reader(), ":20:X\n:25:123\n:60F:C181125EUR0,\n:61:1811261126CR\n30,00N062NONREF\n:\n86:166?00GUTSCHR?20SVWZ+Test\n:62F:C181126EUR30,\n");

        var entry = parsed.Statements.Single().Transactions.Single();
        Assert.That(entry.Amount, Is.EqualTo(30.00m));
        Assert.That(entry.Remittance, Is.EqualTo("Test"));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
    }

    [Test]
    public void OldRabobankLayout_ColonTypeHeaderAndRepeated86Tags_FormOneInformationField()
    {
        var text = ":940:\n:20:940A110615\n:25:1291.99.348EUR\n:28:00000/00\n:60F:C110614EUR000000000473,17\n"
            + ":61:110615D000000000073,35N0440121470966      W.P. Jansen\n:86:Terugboeking\n:86:KOSTEN JUNI\n:62F:C110615EUR000000000399,82\n";

        var parsed = Parse.Text(new Mt940Reader(), text);

        var entry = parsed.Statements.Single().Transactions.Single();
        Assert.That(entry.Remittance, Is.EqualTo("Terugboeking KOSTEN JUNI"));
        Assert.That(entry.CustomerReference, Is.EqualTo("0121470966      W.P. Jansen"));
        Assert.That(parsed.Statements[0].Account, Is.EqualTo("1291.99.348"));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void TextWithoutSwiftFields_IsAnError()
    {
        var parsed = Parse.Text(new Mt940Reader(), "1\n2\n3\n");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Statements, Is.Empty);
    }

    [Test]
    public void Detect_Mt940IsClaimedByTheMt940Reader_AndMt942ByTheMt942Reader()
    {
        var mt940 = File.ReadAllText(Repository.Fixture("mt940", "ing_dutch_marks.sta"));
        var mt942 = File.ReadAllText(Repository.Fixture("mt940", "mt942_totals.sta"));
        var abn = File.ReadAllText(Repository.Fixture("mt940", "abnamro_unbalanced.sta"));

        Assert.That(Parse.Detect(new Mt940Reader(), mt940), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(new Mt942Reader(), mt940), Is.Zero);
        Assert.That(Parse.Detect(new Mt940Reader(), abn), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(new Mt942Reader(), mt942), Is.GreaterThan(Parse.Detect(new Mt940Reader(), mt942)));
        Assert.That(Parse.Detect(new Mt940Reader(), "Date,Amount,Description\n2025-01-01,10.00,x\n"), Is.Zero);
    }

    [Test]
    public void Detect_UnblockedMt942ByItsTags()
    {
        var text = ":20:R1\n:25:PL29114010810000267002001002\n:28C:1/1\n:34F:PLN0,\n:13D:2501191815+0100\n:90D:0PLN0,\n";

        Assert.That(Parse.Detect(new Mt942Reader(), text), Is.GreaterThan(Parse.Detect(new Mt940Reader(), text)));
    }
}
