using Reconciler.Configuration;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Configuration;

public sealed class AliasesConfigurationTests
{
    [Test]
    public void TheAliasesFile_GivesItsExactAndPatternAliases_AsConfiguredOnes()
    {
        var (aliases, problems) = AliasesConfiguration.Parse("""
            {
              // comments are allowed, as in the other config files
              "aliases": [
                { "text": "ACME MFG", "customer": "C-ACME" },
                { "text": "GLOBEX EAST*", "customer": "C-1" }
              ]
            }
            """);

        Assert.That(problems, Is.Empty);
        Assert.That(aliases, Is.EqualTo(new[] { new PayerAlias("ACME MFG", "C-ACME", "config"), new PayerAlias("GLOBEX EAST*", "C-1", "config") }));
    }

    [Test]
    public void ABadAliasesFile_ListsEveryProblem()
    {
        var (_, problems) = AliasesConfiguration.Parse("""
            { "aliases": [
                { "text": "ACME MFG" },
                { "text": " * ", "customer": "C-1" },
                { "text": "acme  mfg", "customer": "C-2" },
                { "text": "ACME MFG", "customer": "C-ACME" },
                { "text": "GLOBEX", "customer": "C-1", "note": "x" },
                "GLOBEX"
            ] }
            """);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "aliases[1]: \"customer\" is missing or empty",
            "aliases[2]: text '*' would fit every payer",
            "aliases[4]: text 'ACME MFG' is already an alias of C-2",
            "aliases[5]: unknown property \"note\" (only \"text\" and \"customer\")",
            "aliases[6]: must be an object with \"text\" and \"customer\"",
        }).AsCollection, string.Join("\n", problems));
    }

    [TestCase("{ \"aliases\": [ ")]
    [TestCase("[]")]
    [TestCase("{ \"aliases\": {} }")]
    public void AnAliasesFileThatIsNotTheExpectedJson_IsOneProblem(string json)
    {
        Assert.That(AliasesConfiguration.Parse(json).Problems, Has.Count.EqualTo(1));
    }

    [Test]
    public void NoAliasesFile_MeansNoConfiguredAliases_AndABadOneFailsLoadingWithEveryProblem()
    {
        using var folder = new TempFolder();
        Assert.That(AliasesConfiguration.Load(folder.Path), Is.Empty);
        folder.Write("aliases.json", """{ "aliases": [ { "text": "" }, { "customer": "C-1" } ] }""");

        var error = Assert.Throws<ConfigurationError>(() => AliasesConfiguration.Load(folder.Path))!;

        Assert.That(error.Message, Does.Contain("has 3 problem(s)").And.Contain("aliases[1]: \"text\" is missing or empty")
            .And.Contain("aliases[1]: \"customer\" is missing or empty").And.Contain("aliases[2]: \"text\" is missing or empty"));
    }

    [Test]
    public void TheShippedAliasesFile_IsValidAndEmpty()
    {
        Assert.That(AliasesConfiguration.Load(Repository.Path("config")), Is.Empty);
    }
}
