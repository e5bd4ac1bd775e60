using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Ingest.Ofx;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Hostile;

/// <summary>
/// The readers that take XML (camt.05x, OFX 2.x), each with a valid fixture split where a DOCTYPE may go (after the
/// prolog) and where text may go (a party name), so every attack is built from a file the reader otherwise accepts.
/// </summary>
public sealed record XmlReaders(string Name, Func<IFileReader> Reader, string Fixture, string PrologEnd, string TextSlot)
{
    public static IEnumerable<TestCaseData> All() =>
    [
        new TestCaseData(new XmlReaders("camt.053", () => new CamtReader(CamtMessage.Statement),
            Repository.Fixture("camt", "camt053.v02.statement.xml"), "?>\n", "Globex GmbH")).SetArgDisplayNames("camt.053"),
        new TestCaseData(new XmlReaders("ofx 2.x", () => new OfxReader(),
            Repository.Fixture("ofx", "ofx2_xml.ofx"), "?>\n<?OFX", "Zürich Versicherung AG")).SetArgDisplayNames("ofx 2.x"),
    ];

    /// <summary>The fixture with a DOCTYPE after the prolog and <paramref name="text"/> in the text slot.</summary>
    public string With(string? doctype, string text)
    {
        var content = File.ReadAllText(Fixture).Replace(TextSlot, text, StringComparison.Ordinal);
        if (doctype is null) return content;
        var at = content.IndexOf(PrologEnd, StringComparison.Ordinal);
        // OFX 2.x carries two processing instructions; its DOCTYPE goes after both.
        if (PrologEnd.EndsWith("<?OFX", StringComparison.Ordinal)) at = content.IndexOf("?>\n", at + PrologEnd.Length, StringComparison.Ordinal);
        return content[..(at + 3)] + doctype + "\n" + content[(at + 3)..];
    }

    /// <summary>The line the DOCTYPE lands on.</summary>
    public int DoctypeLine => PrologEnd.EndsWith("<?OFX", StringComparison.Ordinal) ? 3 : 2;

    public override string ToString() => Name;
}
