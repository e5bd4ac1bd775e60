using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Ingest;
using Reconciler.Ingest.Mt940;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Mt940;

/// <summary>Amounts that deviate from SWIFT's 15d but mean one thing only: read, with a warning that says how (docs/formats.md).</summary>
public sealed class Mt940LeniencyTests
{
    private static ParsedFile Fixture(string name) => Parse.File(new Mt940Reader(), Repository.Fixture("mt940", name));

    [Test]
    public void AmountWithoutDecimalComma_IsReadAsWholeUnits_WithAWarningAtItsLine()
    {
        var parsed = Fixture("amount_without_comma.sta");
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 500m, -250.75m }));
        Assert.That(statement.Balanced, Is.True, "1000.00 + 500 - 250.75 = 1249.25, the closing balance");
        Assert.That(parsed.Problems.Single().ToString(), Is.EqualTo(
            "amount_without_comma.sta, line 5, field ':61:': amount without a decimal comma: read as whole units (\"500\" = 500.00)"));
    }

    [Test]
    public void DotDecimalDialect_ReadsEveryEntry_WithOneWarningForTheFile()
    {
        var path = Repository.Fixture("mt940", "dot_decimal_dialect.sta");
        var parsed = Parse.File(new Mt940Reader(), path);
        var statement = parsed.Statements.Single();

        // Independently: every :61: amount and mark straight from the text.
        var written = Regex.Matches(File.ReadAllText(path), @"^:61:\d{10}([CD])(\d+\.\d\d)", RegexOptions.Multiline)
            .Select(m => decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * (m.Groups[1].Value == "C" ? 1 : -1))
            .ToList();
        Assert.That(written, Has.Count.EqualTo(39));
        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(written));
        Assert.That(statement.OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(1000.00m + written.Sum()));
        Assert.That(statement.Balanced, Is.True);
        var warning = parsed.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Location, Is.EqualTo("line 4"));
        Assert.That(warning.Message, Is.EqualTo(
            "amount with a decimal point instead of the decimal comma: read as a decimal point (\"500.00\" = 500.00); 41 amounts in the file, this is the first"));
    }

    [Test]
    public void IntermediateClosingBalanceWithoutCurrency_IsRefused_SayingTheCurrencyIsMissing()
    {
        var parsed = Fixture("intermediate_without_currency.sta");

        var error = parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That(error.ToString(), Is.EqualTo("intermediate_without_currency.sta, line 7, field ':62M:': the intermediate closing balance has no currency: "
            + "'105,20' follows the date where a three-letter currency code (EUR) must come first"));
    }
}
