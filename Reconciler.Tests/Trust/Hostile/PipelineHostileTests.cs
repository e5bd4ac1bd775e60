using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Hostile;

/// <summary>Hostile values inside well-formed files, through a whole night: what the reader or the ingest check refuses, and what reports neutralise.</summary>
public sealed class PipelineHostileTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 14);
    private const string Header = "Account,Date,Description,Amount\n";

    [TestCase("1e30")]
    [TestCase("0.000000001")]
    [TestCase("99999999999999999999.99")]
    [TestCase("79228162514264337593543950336")]
    public void AbsurdAmount_QuarantinesTheFile_WithALocatedAmountProblem(string amount)
    {
        using var night = new Night();
        night.Drop("absurd.csv", Header + $"000123456789,2025-03-14,DEPOSIT,{amount}\n");

        var input = night.Run(AsOf).Night.Inputs.Single(i => i.File == "absurd.csv");

        Assert.That(input.Status, Is.EqualTo("quarantined"), string.Join(" | ", input.Problems));
        // The reader refuses what decimal cannot hold ("line 2"); the ingest check refuses what the store cannot ("absurd.csv:2").
        Assert.That(input.Problems, Has.Some.Matches<string>(p => p is not null && p.StartsWith("error: absurd.csv, ", StringComparison.Ordinal)
            && (p.Contains("line 2", StringComparison.Ordinal) || p.Contains("absurd.csv:2", StringComparison.Ordinal))
            && p.Contains("amount", StringComparison.OrdinalIgnoreCase)));
    }

    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    public void DateOutOfRange_QuarantinesTheFile_WithALocatedDateProblem(string date)
    {
        using var night = new Night();
        night.Drop("dates.csv", Header + $"000123456789,{date},DEPOSIT,10.00\n");

        var input = night.Run(AsOf).Night.Inputs.Single(i => i.File == "dates.csv");

        Assert.That(input.Status, Is.EqualTo("quarantined"), string.Join(" | ", input.Problems));
        Assert.That(input.Problems, Has.Some.EqualTo($"error: dates.csv, dates.csv:2, field 'date': {date} is outside the years 1900 to 2199 that a bank or payment file can carry"));
    }

    [Test]
    public void FormulaInjectionInDescriptions_IsReadAsText_AndNeutralisedInDepositsAndExceptions()
    {
        string[] formulas = ["=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)"];
        using var night = new Night();
        night.Drop("formulas.csv", Header + string.Concat(formulas.Select((f, i) =>
            $"000123456789,2025-03-14,\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{100 + i}.00\n")));

        night.Run(AsOf);

        var reports = Directory.GetFiles(night.Out(AsOf), "*.csv", SearchOption.AllDirectories);
        var deposits = File.ReadAllText(reports.Single(f => Path.GetFileName(f) == "deposits.csv"));
        var exceptions = File.ReadAllText(reports.Single(f => Path.GetFileName(f) == "exceptions.csv"));
        foreach (var formula in formulas)
        {
            var quoted = formula.Replace("\"", "\"\"", StringComparison.Ordinal);
            Assert.That(deposits, Does.Contain("'" + quoted), formula);
            Assert.That(deposits, Does.Not.Contain("," + quoted).And.Not.Contain(",\"" + quoted), formula);
            Assert.That(exceptions, Does.Not.Contain("," + quoted).And.Not.Contain(",\"" + quoted), formula);
        }
    }
}
