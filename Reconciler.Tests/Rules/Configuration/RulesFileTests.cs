using Reconciler.Rules.Configuration;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Matching;

public sealed class RulesFileTests
{
    [Test]
    public void TheShippedRulesFile_Loads()
    {
        var (rules, errors) = RulesFile.Parse(File.ReadAllText(Repository.Path("config", "rules.json")));

        Assert.That(errors, Is.Empty);
        Assert.That(rules!.Cash.Select(r => r.Rule.Name), Does.Contain("reference_exact_amount"));
        Assert.That(rules.Hash, Has.Length.EqualTo(16));
    }

    [Test]
    public void UnknownRuleAndBadOption_AreAllReportedAtOnce_WithTheValidNames()
    {
        const string json = """
            { "cash": [ { "name": "reference_exactly" }, { "name": "reference_tolerance", "options": { "absolute": "one", "percnt": 2 } } ] }
            """;

        var (rules, errors) = RulesFile.Parse(json);

        Assert.That(rules, Is.Null);
        Assert.That(errors, Has.Count.EqualTo(3));
        Assert.That(errors[0], Does.Contain("unknown rule 'reference_exactly'").And.Contain("reference_exact_amount"));
        Assert.That(errors, Has.Some.Contains("'absolute' must be a number"));
        Assert.That(errors, Has.Some.Contains("unknown option 'percnt'"));
    }

    [Test]
    public void DifferentRules_GiveADifferentHash()
    {
        var a = RulesFile.Parse("""{ "cash": [ { "name": "reference_exact_amount" } ] }""").Rules!;
        var b = RulesFile.Parse("""{ "cash": [ { "name": "reference_exact_amount" }, { "name": "reference_partial" } ] }""").Rules!;

        Assert.That(a.Hash, Is.Not.EqualTo(b.Hash));
    }

    [Test]
    public void ModeOff_LeavesTheRuleOut()
    {
        var rules = RulesFile.Parse("""{ "cash": [ { "name": "amount_only", "mode": "off" } ] }""").Rules!;

        Assert.That(rules.Cash, Is.Empty);
    }
}
