using Reconciler.Configuration;
using Reconciler.Reports.Denials;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Denials;

public sealed class ClaimCodeTableTests
{
    [Test]
    public void ShippedTables_LoadWithoutProblems_AndDescribeCommonCodes()
    {
        var folder = Repository.Path("config", "codes");

        var carc = ClaimCodeTable.Load(folder, "carc");
        var rarc = ClaimCodeTable.Load(folder, "rarc");

        Assert.That(carc.Count, Is.GreaterThan(20));
        Assert.That(carc.Find("197")!.Category, Is.EqualTo(DenialCategory.MissingAuthorisation));
        Assert.That(carc.Find("29")!.Category, Is.EqualTo(DenialCategory.TimelyFiling));
        Assert.That(rarc.Find("N54")!.Correctable, Is.True);
    }

    [Test]
    public void UnknownCode_IsDescribedByTheCodeAlone()
    {
        Assert.That(ClaimCodeTable.Empty.Describe("Z9"), Is.EqualTo("Z9"));
    }

    [Test]
    public void UsersLocalFile_AddsAndOverridesCodes()
    {
        using var folder = new TempFolder();
        folder.Write("carc.json", """{ "codes": { "45": { "text": "ours", "category": "other" }, "50": "not necessary" } }""");
        folder.Write("carc.local.json", """{ "codes": { "45": { "text": "the clinic's own words", "category": "bundling", "correctable": true }, "X1": "local code" } }""");

        var table = ClaimCodeTable.Load(folder.Path, "carc");

        Assert.That(table.Find("45"), Is.EqualTo(new ClaimCode("45", "the clinic's own words", "bundling", true)));
        Assert.That(table.Describe("50"), Is.EqualTo("not necessary"));
        Assert.That(table.Describe("X1"), Is.EqualTo("local code"));
    }

    [Test]
    public void BadEntries_AreAConfigurationErrorNamingFileAndCode()
    {
        using var folder = new TempFolder();
        folder.Write("rarc.json", """{ "codes": { "N54": { "text": "x", "category": "lost_paperwork" }, "M15": { "category": "bundling" }, "bad code!": "x" } }""");

        var error = Assert.Throws<ConfigurationError>(() => ClaimCodeTable.Load(folder.Path, "rarc"))!;

        Assert.That(error.Message, Does.Contain("3 problem(s)").And.Contain("code 'N54'").And.Contain("code 'M15'").And.Contain("'bad code!'"));
    }
}
