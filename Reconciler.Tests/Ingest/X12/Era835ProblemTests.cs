using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>Bad and unusual input: always located problems, never an exception.</summary>
public sealed class Era835ProblemTests
{
    private readonly X12835Reader reader = new();

    private const string PaidClaim = "CLP*C-1*1*100*100**12*ICN1~";

    [Test]
    public void AcknowledgmentFile_IsNotAn835Error()
    {
        var text = X12Sample.Isa + "\nGS*FA*A*B*20250314*0630*1*X*005010~\nST*997*0001~\nAK1*HP*1~\nAK9*A*1*1*1~\nSE*4*0001~\nGE*1*1~\nIEA*1*000000123~";

        var parsed = Parse.Text(reader, text);

        var error = parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That((error.Location, error.Field), Is.EqualTo(("segment 3 (ST)", "ST01")));
        Assert.That(error.Message, Does.Contain("'997' is not an 835"));
        Assert.That(parsed.Batches, Is.Empty);
    }

    [Test]
    public void FileNotStartingWithIsa_IsRefusedAtSegment1()
    {
        var parsed = Parse.Text(reader, "Date,Amount\n2025-01-01,5.00\n");

        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("segment 1"));
        Assert.That(parsed.HasErrors, Is.True);
    }

    [Test]
    public void EmptyFile_IsAnError()
    {
        Assert.That(Parse.Text(reader, "").HasErrors, Is.True);
    }

    [Test]
    public void FileCutInsideATransaction_IsAnErrorAtItsSt()
    {
        var whole = X12Sample.Payment(PaidClaim);
        var cut = whole[..whole.IndexOf("SE*", StringComparison.Ordinal)];

        var parsed = Parse.Text(reader, cut);

        var error = parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That(error.Location, Is.EqualTo("segment 3 (ST)"));
        Assert.That(error.Message, Does.Contain("no SE"));
    }

    [Test]
    public void UnreadableClaimPayment_IsAnErrorOnClp04()
    {
        var parsed = Parse.Text(reader, X12Sample.Payment("CLP*C-1*1*100*1O0**12*ICN1~"));

        var error = parsed.Problems.First(p => p.Severity == ProblemSeverity.Error);
        Assert.That((error.Location, error.Field), Is.EqualTo(("segment 9 (CLP)", "CLP04")));
        Assert.That(error.Message, Does.Contain("'1O0'"));
    }

    [Test]
    public void MissingBprAmount_IsAnError()
    {
        var parsed = Parse.Text(reader, X12Sample.Wrap(X12Sample.Header.Replace("BPR*I*100*", "BPR*I**", StringComparison.Ordinal) + PaidClaim));

        Assert.That(parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error).Field, Is.EqualTo("BPR02"));
    }

    [Test]
    public void DebitPayment_IsNegative()
    {
        var header = X12Sample.Header.Replace("BPR*I*100*C*", "BPR*I*100*D*", StringComparison.Ordinal);

        var parsed = Parse.Text(reader, X12Sample.Wrap(header + "CLP*C-1*22*-100*-100**12*ICN1~"));

        Assert.That(parsed.Batches.Single().Amount, Is.EqualTo(-100m));
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void CurSegment_SetsTheCurrency()
    {
        var header = X12Sample.Header.Replace("TRN*1*EFT1*1512345678~", "TRN*1*EFT1*1512345678~CUR*PR*cad~", StringComparison.Ordinal);

        Assert.That(Parse.Text(reader, X12Sample.Wrap(header + PaidClaim)).Batches.Single().Currency, Is.EqualTo("CAD"));
    }

    [Test]
    public void ImpossiblePaymentDate_IsAWarningAndNoDate()
    {
        var header = X12Sample.Header.Replace("*20250314~", "*20251332~", StringComparison.Ordinal);

        var parsed = Parse.Text(reader, X12Sample.Wrap(header + PaidClaim));

        Assert.That(parsed.Batches.Single().Date, Is.Null);
        Assert.That(parsed.Problems.Single().Field, Is.EqualTo("BPR16"));
    }

    [Test]
    public void CasWithSixTriplets_ReadsAllSix()
    {
        var claim = "CLP*C-1*1*121*100**12*ICN1~CAS*CO*45*1*1*45*2**45*3**45*4**45*5**45*6~";

        var parsed = Parse.Text(reader, X12Sample.Payment(claim));

        Assert.That(parsed.Batches.Single().Items.Single().Claim!.Adjustments.Select(a => a.Amount), Is.EqualTo(new[] { 1m, 2m, 3m, 4m, 5m, 6m }));
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void CasGroupCrIn5010_IsAWarning()
    {
        var parsed = Parse.Text(reader, X12Sample.Payment("CLP*C-1*1*120*100**12*ICN1~CAS*CR*45*20~"));

        Assert.That(parsed.Problems.Single().Field, Is.EqualTo("CAS01"));
    }

    [Test]
    public void SegmentTerminatorNewline_WithoutTilde_IsRead()
    {
        var text = X12Sample.Payment(PaidClaim).Replace("~\n", "\n", StringComparison.Ordinal).Replace("*:~", "*:\n", StringComparison.Ordinal);

        var parsed = Parse.Text(reader, text);

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Batches.Single().Items.Single().Gross, Is.EqualTo(100m));
    }

    [Test]
    public void ConcatenatedInterchangesWithDifferentDelimiters_EachUseTheirOwn()
    {
        var second = X12Sample.Payment(PaidClaim).Replace('*', '|').Replace("TRN|1|EFT1", "TRN|1|EFT2", StringComparison.Ordinal);

        var parsed = Parse.Text(reader, X12Sample.Payment(PaidClaim) + second);

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Batches.Select(b => b.Id), Is.EqualTo(new[] { "EFT1", "EFT2" }));
        Assert.That(parsed.Batches[1].Items.Single().Id, Is.EqualTo("C-1#2"));
    }

    [TestCase("ISA*00*")]
    [TestCase("ISA")]
    [TestCase("ISA*00*          *00*          *ZZ*A              *ZZ*B              *250314*0630*^*00501*000000123*0*P*:")]
    [TestCase("~~~~")]
    [TestCase("ISA*00*          *00*          *ZZ*A              *ZZ*B              *250314*0630*^*00501*000000123*0*P*:~ST*835~SE~")]
    public void Garbage_GivesProblemsNotExceptions(string text)
    {
        var parsed = Parse.Text(reader, text);

        Assert.That(parsed.Problems, Is.Not.Empty);
        Assert.That(parsed.Problems.Select(p => p.Location), Is.All.Not.Empty);
    }
}
