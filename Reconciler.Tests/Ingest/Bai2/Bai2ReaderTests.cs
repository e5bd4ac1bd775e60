using Reconciler.Ingest;
using Reconciler.Ingest.Bai2;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Bai2;

public sealed class Bai2ReaderTests
{
    private readonly Bai2Reader _reader = new();

    private ParsedFile Fixture(string name) => Parse.File(_reader, Repository.Fixture("bai2", name));

    [Test]
    public void FormatExample_ParsesBalancedWithSignedAmounts()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "format-examples", "sample.bai");
        if (!File.Exists(path)) Assert.Ignore("../shared/format-examples is absent on this machine");
        var parsed = Parse.File(_reader, path);
        var statement = parsed.Statements.Single();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(statement.Balanced, Is.True);
        Assert.That(statement.OpeningBalance, Is.EqualTo(15000.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(17300.00m));
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 2500m, 3000m, -1200m, -2000m }));
    }

    [Test]
    public void ValueDatedFundsType_TakesTwoFieldsAndGivesTheValueDate()
    {
        var wire = Fixture("funds_types.bai").Statements.Single().Transactions[0];

        Assert.That(wire.ValueDate, Is.EqualTo(new DateOnly(2025, 4, 2)));
        Assert.That(wire.BankReference, Is.EqualTo("WIRE01"));
        Assert.That(wire.CustomerReference, Is.EqualTo("INV-2001"));
        Assert.That(wire.Remittance, Is.EqualTo("INCOMING WIRE FROM GLOBEX"));
    }

    [Test]
    public void DistributedFundsTypes_DoNotShiftTheReferences()
    {
        var transactions = Fixture("funds_types.bai").Statements.Single().Transactions;

        Assert.That(transactions[1].BankReference, Is.EqualTo("LBX01"));
        Assert.That(transactions[1].CustomerReference, Is.Null);
        Assert.That(transactions[1].Remittance, Is.EqualTo("LOCKBOX DEPOSIT"));
        Assert.That(transactions[2].BankReference, Is.EqualTo("DEP01"));
        Assert.That(transactions[2].CustomerReference, Is.EqualTo("INV-2002"));
        Assert.That(transactions[2].Amount, Is.EqualTo(100.00m));
    }

    [Test]
    public void AvailabilityAmounts_AreLeftOutOfTheControlTotal()
    {
        var parsed = Fixture("funds_types.bai");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements.Single().Balanced, Is.True);
    }

    [Test]
    public void CheckPaid_IsADebitWithTheCheckNumberAsCustomerReference()
    {
        var check = Fixture("funds_types.bai").Statements.Single().Transactions[3];

        Assert.That(check.Amount, Is.EqualTo(-300.00m));
        Assert.That(check.TypeCode, Is.EqualTo("475"));
        Assert.That(check.CustomerReference, Is.EqualTo("1042"));
        Assert.That(check.BookingDate, Is.EqualTo(new DateOnly(2025, 3, 31)));
    }

    [Test]
    public void ContinuationOfFields_CompletesTheAccountFiguresAndTheDetail()
    {
        var parsed = Fixture("continuations.bai");
        var statement = parsed.Statements.Single();
        var ach = statement.Transactions[0];

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(statement.ClosingBalance, Is.EqualTo(2700.00m));
        Assert.That(statement.Balanced, Is.True);
        Assert.That(ach.BankReference, Is.EqualTo("ACH7781"));
        Assert.That(ach.CustomerReference, Is.EqualTo("INV-3001"));
        Assert.That(ach.Remittance, Does.StartWith("ACH CREDIT INITECH TRN*1*EFT99887"));
    }

    [Test]
    public void Transactions_AreLocatedByFileAndTheLineOfTheir16Record()
    {
        var transactions = Fixture("continuations.bai").Statements.Single().Transactions;

        Assert.That(transactions.Select(t => t.Location), Is.EqualTo(new[] { "continuations.bai:line 6", "continuations.bai:line 9" }));
    }

    [Test]
    public void TrnSegmentInText_IsExposedAsAReference()
    {
        var ach = Fixture("continuations.bai").Statements.Single().Transactions[0];

        Assert.That(ach.References, Is.EqualTo(new[] { "EFT99887" }));
    }

    [Test]
    public void SeveralRecordsOnOneLine_AreSplitAndPaddingIgnored()
    {
        var parsed = Fixture("multi_record_lines.bai");
        var transactions = parsed.Statements.Single().Transactions;

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements.Single().Balanced, Is.True);
        Assert.That(transactions.Select(t => t.Amount), Is.EqualTo(new[] { 50.00m, -100.00m }));
        Assert.That(transactions[1].Remittance, Is.EqualTo("ACH DEBIT UTILITY 1/2 PAID"));
    }

    [Test]
    public void TestGroup_IsReadAsInformationWithAWarning()
    {
        var parsed = Fixture("test_group.bai");

        Assert.That(parsed.Statements.Single().Transactions.Single().Status, Is.EqualTo(TransactionStatus.Info));
        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 2"));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("test"));
    }

    [Test]
    public void CorrectionGroup_IsBookedAndFlaggedAsNotADuplicate()
    {
        var parsed = Fixture("correction_group.bai");

        Assert.That(parsed.Statements.Single().Transactions.Single().Status, Is.EqualTo(TransactionStatus.Booked));
        Assert.That(parsed.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("correction").And.Contain("not a duplicate"));
    }

    [Test]
    public void DeletionGroup_IsInformationOnly()
    {
        var text = File.ReadAllText(Repository.Fixture("bai2", "correction_group.bai")).Replace("BANKUS33,3,", "BANKUS33,2,");

        var parsed = Parse.Text(_reader, text);

        Assert.That(parsed.Statements.Single().Transactions.Single().Status, Is.EqualTo(TransactionStatus.Info));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("deletion"));
    }

    [Test]
    public void ControlTotalMismatch_IsAWarningAtTheTrailerAndTheStatementDoesNotBalance()
    {
        var parsed = Fixture("totals_off.bai");
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.Balanced, Is.False);
        Assert.That(statement.BalanceNote, Does.Contain("280001").And.Contain("310000"));
        Assert.That(parsed.Problems.Any(p => p.Location == "line 5" && p.Field == "account control total"), Is.True);
    }

    [Test]
    public void LedgerProof_OpeningPlusCreditsMinusDebitsMustBeClosing()
    {
        var parsed = Fixture("totals_off.bai");

        Assert.That(parsed.Problems.Any(p => p.Field == "015" && p.Message.Contains("1400.00", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void WrongRecordCount_IsReportedAtTheTrailer()
    {
        var text = File.ReadAllText(Repository.Fixture("bai2", "test_group.bai")).Replace("98,300000,1,5/", "98,300000,1,6/");

        var parsed = Parse.Text(_reader, text);

        Assert.That(parsed.Problems.Any(p => p.Location == "line 6" && p.Message.Contains("number of records", StringComparison.Ordinal)), Is.True);
        Assert.That(parsed.Statements.Single().Balanced, Is.False);
    }

    [Test]
    public void ZeroDecimalCurrency_UsesIsoMinorUnits()
    {
        var statement = Fixture("jpy_zero_decimals.bai").Statements.Single();

        Assert.That(statement.Currency, Is.EqualTo("JPY"));
        Assert.That(statement.OpeningBalance, Is.EqualTo(5000m));
        Assert.That(statement.Transactions.Single().Amount, Is.EqualTo(1000m));
    }

    [TestCase("920", 1)]
    [TestCase("959", 1)]
    [TestCase("960", -1)]
    [TestCase("999", -1)]
    [TestCase("399", 1)]
    [TestCase("401", -1)]
    public void TypeCode_AloneDecidesTheDirection(string code, int sign)
    {
        var parsed = Parse.Text(_reader, OneDetail($"16,{code},12345,Z,,,X/"));

        Assert.That(parsed.Statements.Single().Transactions.Single().Amount, Is.EqualTo(sign * 123.45m));
    }

    [Test]
    public void TextOnlyCode890_CarriesNoMoney()
    {
        var transaction = Parse.Text(_reader, OneDetail("16,890,,Z,,,NOTE FROM BANK/")).Statements.Single().Transactions.Single();

        Assert.That(transaction.Amount, Is.Zero);
        Assert.That(transaction.Status, Is.EqualTo(TransactionStatus.Info));
        Assert.That(transaction.Remittance, Is.EqualTo("NOTE FROM BANK"));
    }

    [TestCase("015")]
    [TestCase("100")]
    [TestCase("400")]
    public void BalanceOrTotalCodeInA16_IsNotATransaction(string code)
    {
        var parsed = Parse.Text(_reader, OneDetail($"16,{code},12345,Z,,,X/"));

        Assert.That(parsed.Statements.Single().Transactions, Is.Empty);
        Assert.That(parsed.Problems.Any(p => p.Field == "type code"), Is.True);
    }

    [Test]
    public void UnreadableAmount_IsALocatedError()
    {
        var parsed = Parse.Text(_reader, OneDetail("16,195,12A45,Z,,,X/"));

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.First(p => p.Severity == ProblemSeverity.Error).Location, Is.EqualTo("line 4"));
    }

    [Test]
    public void WrappedTextLineWithoutRecordCode_IsJoinedToTheDetail()
    {
        var text = "01,B,C,250101,0000,1,,,2/\n02,C,B,1,250101,,USD,2/\n03,1,,/\n16,142,100,Z,,,ACH SETL\n1111 PPD/\n49,100,3/\n98,100,1,5/\n99,100,1,7/\n";

        var parsed = Parse.Text(_reader, text);

        Assert.That(parsed.Statements.Single().Transactions.Single().Remittance, Is.EqualTo("ACH SETL 1111 PPD"));
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 5"));
        Assert.That(parsed.Statements.Single().Balanced, Is.True);
    }

    [Test]
    public void MissingTrailers_AreWarningsAndNothingIsChecked()
    {
        var parsed = Parse.Text(_reader, "01,B,C,250101,0000,1,,,2/\n02,C,B,1,250101,,USD,2/\n03,1,,/\n16,142,100,Z,,,X/\n");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Statements.Single().Balanced, Is.Null);
        Assert.That(parsed.Problems.Count(p => p.Message.Contains("trailer", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void NotBai2_IsAnErrorNotACrash()
    {
        var parsed = Parse.Text(_reader, "00,0004,1/2/345,06/0321\n");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.First().Location, Is.EqualTo("line 1"));
    }

    [Test]
    public void Detect_IsSureOfBai2AndIgnoresCsv()
    {
        Assert.That(Parse.Detect(_reader, File.ReadAllText(Repository.Fixture("bai2", "funds_types.bai"))), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(_reader, File.ReadAllText(Repository.Fixture("bai2", "multi_record_lines.bai"))), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(_reader, "Date,Amount,Description\n2025-01-01,1.00,x\n"), Is.Zero);
    }

    [Test]
    public void Garbage_NeverThrowsAndIsRejectedOrLocated()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        string[] inputs =
        [
            "", "01,", "16,195", "01,B,C,250101,0000,1,,,2/\n16,195,1/ 16,,/ 88,/\n" + new string('/', 50_000),
            "01,B,C,250101,0000,1,,,2/\n02,C,B,1,250101,,USD,2/\n03,1,,/\n16,195,1,Z,,,x\n" + string.Concat(Enumerable.Repeat("wrapped text\n", 20_000)),
            "01,B,C,250101,0000,1,,,2/\n02,C,B,1,991399,,EURO,2/\n03,1,,010,1,,,015,2,,,100,9,9,D,999999999/\n16,195,9,D,99999,1,/\n",
        ];

        var parsed = inputs.Select(t => Parse.Text(_reader, t)).Append(Parse.Bytes(_reader, bytes)).ToList();

        Assert.That(parsed.Where(p => p.Statements.Count == 0).All(p => p.HasErrors), Is.True);
        Assert.That(parsed.SelectMany(p => p.Problems).All(p => p.Location.Length > 0), Is.True);
        Assert.That(parsed.Max(p => p.Problems.Count), Is.LessThan(1000));
    }

    private static string OneDetail(string detail) =>
        $"01,B,C,250101,0000,1,,,2/\n02,C,B,1,250101,,USD,2/\n03,1,,/\n{detail}\n";
}
