using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

/// <summary>Reads the camt fixtures of Reconciler.Tests/Fixtures/camt with the reader of their message.</summary>
internal static class CamtFixtures
{
    public static ParsedFile Read(string name)
    {
        var message = name.StartsWith("camt052", StringComparison.Ordinal) ? CamtMessage.Report
            : name.StartsWith("camt054", StringComparison.Ordinal) ? CamtMessage.Notification
            : CamtMessage.Statement;
        return Parse.File(new CamtReader(message), Repository.Fixture("camt", name));
    }

    public static string Text(string name) => File.ReadAllText(Repository.Fixture("camt", name));

    public static ParsedFile ReadText(string xml, CamtMessage? message = null) =>
        Parse.Text(new CamtReader(message ?? CamtMessage.Statement), xml, "test.xml");
}
