using Reconciler.Ingest;
using Reconciler.Ingest.Nacha;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Nacha;

public sealed class NachaReaderTests
{
    private readonly NachaReader _reader = new();

    private static string FixtureText => File.ReadAllText(Repository.Fixture("nacha", "ccdplus_trn_return.ach"));

    private ParsedFile Fixture() => Parse.Text(_reader, FixtureText, "ccdplus_trn_return.ach");

    [Test]
    public void FormatExample_ParsesWithVerifiedTotals()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "format-examples", "ccdplus.ach");
        if (!File.Exists(path)) Assert.Ignore("../shared/format-examples is absent on this machine");

        var parsed = Parse.File(_reader, path);
        var batch = parsed.Batches.Single();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(batch.Amount, Is.EqualTo(575.00m));
        Assert.That(batch.Trace, Is.EqualTo("EFT0001234 1512345678"));
    }

    [Test]
    public void CcdPlusBatch_IsOnePaymentBatchWithTheTrnAsTrace()
    {
        var batch = Fixture().Batches[0];

        Assert.That(batch.Kind, Is.EqualTo("ach_batch"));
        Assert.That(batch.Id, Is.EqualTo("1512345678-0000001"));
        Assert.That(batch.Date, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(batch.Amount, Is.EqualTo(695.00m));
        Assert.That(batch.Currency, Is.EqualTo("USD"));
        Assert.That(batch.Payer, Is.EqualTo("ACME HEALTH PLAN"));
        Assert.That(batch.Trace, Is.EqualTo("EFT0001234 1512345678"));
    }

    [Test]
    public void Entry_IsAnItemWithTraceIdInvoiceAndReceiver()
    {
        var item = Fixture().Batches[0].Items[0];

        Assert.That(item.Id, Is.EqualTo("021000020000001"));
        Assert.That(item.Kind, Is.EqualTo("ach_credit"));
        Assert.That(item.Gross, Is.EqualTo(575.00m));
        Assert.That(item.Fee, Is.Zero);
        Assert.That(item.InvoiceReference, Is.EqualTo("CLM-PAY-0001"));
        Assert.That(item.Customer, Is.EqualTo("SMITH CLINIC"));
        Assert.That(item.Text, Does.StartWith("HCCLAIMPMT").And.Contain("TRN*1*EFT0001234*1512345678"));
    }

    [Test]
    public void ReturnAddenda_MakesAReturnItemWithTheReasonAndOriginalTrace()
    {
        var batch = Fixture().Batches[1];
        var item = batch.Items.Single();

        Assert.That(item.Kind, Is.EqualTo("return"));
        Assert.That(item.Gross, Is.EqualTo(-45.00m));
        Assert.That(item.Text, Does.Contain("R01").And.Contain("091000010000123"));
        Assert.That(batch.Trace, Is.Null);
    }

    [Test]
    public void BalancedFile_HasNoProblems()
    {
        Assert.That(Fixture().Problems, Is.Empty);
    }

    [Test]
    public void WrongEntryHash_IsAWarningAtTheBatchControl()
    {
        var text = FixtureText.Replace("82200000030009200003", "82200000030009200004");

        var parsed = Parse.Text(_reader, text);

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Any(p => p.Location == "line 6" && p.Field == "entry hash"), Is.True);
    }

    [Test]
    public void WrongFileCreditTotal_IsAWarningAtTheFileControl()
    {
        var text = FixtureText.Replace("000000069500    ", "000000069400    ");

        var parsed = Parse.Text(_reader, text);

        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 11"));
        Assert.That(parsed.Problems.Single().Field, Is.EqualTo("total credit amount"));
    }

    [Test]
    public void TrimmedPaddingAndMissingFiller_AreToleratedWithWarnings()
    {
        var lines = FixtureText.Split('\n').Where(l => l.Length > 0 && !l.All(c => c == '9')).Select(l => l.TrimEnd());

        var parsed = Parse.Text(_reader, string.Join("\n", lines));

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Batches.Sum(b => b.Items.Count), Is.EqualTo(3));
        Assert.That(parsed.Problems.Any(p => p.Message.Contains("shorter than 94", StringComparison.Ordinal)), Is.True);
        Assert.That(parsed.Problems.Any(p => p.Message.Contains("block filler", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void FileWithoutLineBreaks_IsCutEvery94Characters()
    {
        var parsed = Parse.Text(_reader, FixtureText.Replace("\n", ""));

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Batches, Has.Count.EqualTo(2));
    }

    [Test]
    public void TruncatedFile_IsALocatedError()
    {
        var lines = FixtureText.Split('\n').Take(4);

        var parsed = Parse.Text(_reader, string.Join("\n", lines));

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Any(p => p.Message.Contains("no 8 batch control", StringComparison.Ordinal) && p.Location == "line 2"), Is.True);
    }

    [Test]
    public void NonNumericAmount_IsALocatedError()
    {
        var parsed = Parse.Text(_reader, FixtureText.Replace("0000057500CLM", "00000575X0CLM"));

        Assert.That(parsed.Problems.Any(p => p.Severity == ProblemSeverity.Error && p.Location == "line 3" && p.Field == "amount"), Is.True);
    }

    [Test]
    public void NotAnAchFile_IsOneErrorNotACrash()
    {
        var parsed = Parse.Text(_reader, "{\"fileHeader\": {}}\n");

        Assert.That(parsed.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Error));
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 1"));
    }

    [Test]
    public void Garbage_NeverThrowsAndIsRejectedOrLocated()
    {
        var random = new Random(11);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        string[] inputs = ["", "1", "9", "6" + new string(' ', 200_000), FixtureText.Replace("\n", "\n7")];

        var parsed = inputs.Select(t => Parse.Text(_reader, t)).Append(Parse.Bytes(_reader, bytes)).ToList();

        Assert.That(parsed.All(p => p.HasErrors), Is.True);
        Assert.That(parsed.SelectMany(p => p.Problems).All(p => p.Location.Length > 0), Is.True);
    }

    [Test]
    public void Detect_IsSureOfAchAndIgnoresBai2()
    {
        Assert.That(Parse.Detect(_reader, FixtureText), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(_reader, "01,BANKUS33,ACMECORP,250401,0600,0401A,,,2/\n02,ACMECORP,BANKUS33,1,250331,2400,USD,2/\n"), Is.Zero);
    }
}
