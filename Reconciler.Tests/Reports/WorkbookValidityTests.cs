using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Reconciler.Tests.Reports;

/// <summary>The workbooks are valid Open XML, as Excel expects, not only readable by ClosedXML.</summary>
public sealed class WorkbookValidityTests
{
    [TestCase("exceptions.xlsx")]
    [TestCase("deposits.xlsx")]
    [TestCase("aging.xlsx")]
    public void ReviewNightWorkbook_HasNoSchemaErrors(string file)
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        using var document = SpreadsheetDocument.Open(night.Report(file), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }
}
