using Reconciler.Rules.Model;
using Reconciler.Tests.Reports;

namespace Reconciler.Tests.Runs;

public class NightResultTests
{
    private static OpenItem Item(string number, decimal open) =>
        new(number, "C1", "Acme", new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), "USD", 100m, open);

    private static Application Paid(string invoice, decimal amount) =>
        new(SourceKind.BankLine, "L-1", "bank.csv", invoice, "C1", amount, "USD", "reference_exact_amount", 1m, "named");

    [Test]
    public void WhatTheItemsOweAfterTheNight_IsWhatTheRunWorkedOut_WhenItGaveIt()
    {
        var night = NightResults.With(items: [Item("INV-1", 100m)], applications: [Paid("INV-1", 30m)]);
        var workedOut = new Dictionary<string, decimal> { ["INV-1"] = 70m };

        Assert.That(night.WithOpenAfter(workedOut).OpenAfter(), Is.SameAs(workedOut));
    }

    [Test]
    public void ACopyWithOtherItems_WorksOutWhatTheyOweAfresh_NotWhatTheRunGaveForTheFirst()
    {
        var night = NightResults.With(items: [Item("INV-1", 100m)], applications: [Paid("INV-1", 30m)])
            .WithOpenAfter(new Dictionary<string, decimal> { ["INV-1"] = 70m });

        var copy = night with { OpenItems = [Item("INV-1", 100m), Item("INV-2", 50m)] };

        // Worked out by hand: INV-1 owes 100 less the 30 applied, INV-2 its 50.
        Assert.That(copy.OpenAfter(), Is.EqualTo(new Dictionary<string, decimal> { ["INV-1"] = 70m, ["INV-2"] = 50m }));
    }

    [Test]
    public void WhatTheRunWorkedOut_IsNoPartOfANightsEquality()
    {
        var night = NightResults.With(items: [Item("INV-1", 100m)]);
        var told = night with { };
        told.WithOpenAfter(new Dictionary<string, decimal> { ["INV-1"] = 100m });

        Assert.That(told, Is.EqualTo(night));
    }
}
