using Reconciler.Ingest.X12;

namespace Reconciler.Tests.Ingest.X12;

public sealed class X12DelimitersTests
{
    [Test]
    public void StandardIsa_GivesStarColonTildeAndCaretRepetition()
    {
        var read = X12Delimiters.TryRead(X12Sample.Isa, 0, out var delimiters, out var fixedWidth, out _);

        Assert.That(read, Is.True);
        Assert.That(delimiters, Is.EqualTo(new X12Delimiters('*', ':', '~', '^')));
        Assert.That(fixedWidth, Is.True);
    }

    [Test]
    public void Version4010Isa_HasNoRepetitionSeparator()
    {
        const string isa = "ISA*00*          *00*          *ZZ*OLDPLAN        *ZZ*PROVIDER1      *090220*1816*U*00401*000003447*0*P*>~";

        X12Delimiters.TryRead(isa, 0, out var delimiters, out _, out _);

        Assert.That(delimiters, Is.EqualTo(new X12Delimiters('*', '>', '~', null)));
    }

    [Test]
    public void PipeIsa_ReadsEveryDelimiterFromTheIsaItself()
    {
        const string isa = "ISA|00|          |00|          |ZZ|ACMEHEALTH     |ZZ|SMITHCLINIC    |250314|0630|{|00501|000000301|0|P|^\n";

        X12Delimiters.TryRead(isa, 0, out var delimiters, out _, out _);

        Assert.That(delimiters, Is.EqualTo(new X12Delimiters('|', '^', '\n', '{')));
    }

    [Test]
    public void IsaWithoutPadding_IsStillReadButNotFixedWidth()
    {
        const string isa = "ISA*00**00**ZZ*ACME*ZZ*SMITH*250314*0630*^*00501*000000123*0*P*:~GS*HP~";

        var read = X12Delimiters.TryRead(isa, 0, out var delimiters, out var fixedWidth, out _);

        Assert.That(read, Is.True);
        Assert.That(delimiters.Segment, Is.EqualTo('~'));
        Assert.That(fixedWidth, Is.False);
    }

    [Test]
    public void CutIsa_IsRefusedWithTheNumberOfElementsFound()
    {
        var read = X12Delimiters.TryRead("ISA*00*          *00*", 0, out _, out _, out var error);

        Assert.That(read, Is.False);
        Assert.That(error, Does.Contain("4 of its 16 elements"));
    }
}
