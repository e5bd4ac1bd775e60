using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Model;

public class CompactLocationTests
{
    [TestCase("bank.bai:line 86265", "bank.bai:line ", 86265)]
    [TestCase("invoices.csv:0", "invoices.csv:", 0)]
    [TestCase("era.835:segment 12 (CLP)", null, -1)]
    [TestCase("invoices.csv:007", null, -1)]
    [TestCase("x:1234567890", "x:1", 234567890)]
    public void ATrailingNumberWithoutALeadingZero_IsSplitOff_AndTheTextComesBackTheSame(string text, string? prefix, int number)
    {
        var digits = CompactLocation.NumberLength(text, out var parsed);
        var location = digits == 0 ? CompactLocation.Whole(text) : new CompactLocation(text[..^digits], parsed);

        Assert.That(location.Text, Is.EqualTo(text));
        Assert.That(location.Prefix, Is.EqualTo(prefix ?? text));
        Assert.That(location.Number, Is.EqualTo(number));
    }

    [Test]
    public void ALocationKeptWhole_EqualsTheSameTextKeptAsPrefixAndNumber()
    {
        var whole = CompactLocation.Whole("bank.bai:line 12");
        var split = new CompactLocation("bank.bai:line ", 12);

        Assert.That(whole, Is.EqualTo(split));
        Assert.That(whole.GetHashCode(), Is.EqualTo(split.GetHashCode()));
        Assert.That(whole, Is.Not.EqualTo(new CompactLocation("bank.bai:line ", 13)));
    }

    [Test]
    public void ARecordLoadedWithASplitLocation_EqualsTheRecordAsItWasRead()
    {
        var read = new OpenItem("INV-1", "C1", "Acme", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), "USD", 10m, 10m)
        {
            Location = "invoices.csv:2",
        };
        var loaded = read with { LocationParts = new CompactLocation("invoices.csv:", 2) };

        Assert.That(loaded.Location, Is.EqualTo("invoices.csv:2"));
        Assert.That(loaded, Is.EqualTo(read));
    }

    [Test]
    public void NoLocation_StaysNull()
    {
        Assert.That(default(CompactLocation).Text, Is.Null);
        var line = new BankTransaction { Id = "1", Account = "A", BookingDate = new DateOnly(2026, 1, 1), Amount = 1m, Currency = "USD" };

        Assert.That(line.Location, Is.Null);
    }
}
