using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// Follows the envelopes (ISA / GS / ST ... SE / GE / IEA, each possibly repeated) and hands the segments of
/// every 835 transaction set to an <see cref="Era835Transaction"/>. Checks the trailers: SE01 count and
/// SE02 = ST02 (in the transaction), GE01 = number of ST and GE02 = GS06, IEA01 = number of GS and
/// IEA02 = ISA13. Another transaction set (997, 999, 837 ...) is an error: this reader reads 835s only.
/// The segments it is given are reused by the reader: those it holds on to are kept copies.
/// </summary>
internal sealed class X12EnvelopeWalker(string file, X12SegmentReader reader, ItemIds ids, X12Problems problems)
{
    private X12Segment? isa;
    private int groups;
    private X12Segment? gs;
    private int transactions;
    private Era835Transaction? transaction;
    private X12Segment? foreignSt;
    // One claim builder and one list of claim items for the file's transactions, read one after another.
    private readonly ClaimBuilder claims = new(problems);
    private readonly List<PaymentItem> claimItems = [];

    public List<PaymentBatch> Batches { get; } = [];

    public void Add(X12Segment segment)
    {
        switch (segment.Id)
        {
            case "ISA": Interchange(segment); break;
            case "GS": Group(segment); break;
            case "ST": Start(segment); break;
            case "SE": End(segment); break;
            case "GE": GroupEnd(segment); break;
            case "IEA": InterchangeEnd(segment); break;
            case "TA1" when transaction is null && foreignSt is null: break; // interchange acknowledgment
            default:
                if (transaction is not null) transaction.Add(segment);
                else if (foreignSt is null) problems.Warning(segment.Location, null, "a segment outside any transaction set (ST ... SE) is ignored");
                break;
        }
    }

    /// <summary>The end of the file: whatever is still open was cut off.</summary>
    public void Finish()
    {
        if (transaction is not null)
        {
            problems.Error(transaction.StartLocation, null,
                $"transaction set {transaction.ControlNumber} has no SE: the file ends inside it (cut short?)");
            Batches.Add(transaction.Finish(null));
            transaction = null;
        }
        if (gs is not null) problems.Warning(gs.Location, null, $"functional group {gs.Element(6)} has no GE trailer");
        if (isa is not null) problems.Warning(isa.Location, null, $"interchange {isa.Element(13)} has no IEA trailer");
    }

    private void Interchange(X12Segment segment)
    {
        if (isa is not null)
        {
            CloseOpenTransaction(segment);
            problems.Warning(isa.Location, null, $"interchange {isa.Element(13)} has no IEA before the next ISA ({segment.Location})");
        }
        isa = segment.Keep();
        gs = null;
        groups = 0;
    }

    private void Group(X12Segment segment)
    {
        CloseOpenTransaction(segment);
        if (gs is not null) problems.Warning(gs.Location, null, $"functional group {gs.Element(6)} has no GE before the next GS ({segment.Location})");
        if (isa is null && !reader.Bare) problems.Warning(segment.Location, null, "GS outside an interchange (no ISA before it)");
        gs = segment.Keep();
        groups++;
        transactions = 0;
    }

    private void Start(X12Segment segment)
    {
        CloseOpenTransaction(segment);
        // A file without its envelope was warned about once, at its start.
        if (gs is null && !(reader.Bare && isa is null)) problems.Warning(segment.Location, null, "ST outside a functional group (no GS before it)");
        transactions++;
        if (segment.Element(1) == "835")
        {
            var version = gs?.Element(8) ?? "";
            // Without GS08 the version is ISA12's, or without an envelope ST03's (005010X221A1; 4010 had no ST03).
            if (version.Length == 0 && isa is null) version = segment.Element(3) is { Length: > 0 } st03 ? st03 : "004010";
            var version5010 = version.Length == 0 ? (isa?.Element(12) ?? "") != "00401" : !version.StartsWith("004", StringComparison.Ordinal);
            transaction = new Era835Transaction(segment, file, reader.Delimiters!, version5010, ids, claims, claimItems, problems);
        }
        else
        {
            foreignSt = segment.Keep();
            problems.Error(segment, 1, $"transaction set '{segment.Element(1)}' is not an 835 (health care claim payment/advice); this reader reads 835s only");
        }
    }

    private void End(X12Segment segment)
    {
        if (transaction is not null)
        {
            Batches.Add(transaction.Finish(segment));
            transaction = null;
        }
        else if (foreignSt is null) problems.Warning(segment.Location, null, "SE without an ST before it");
        foreignSt = null;
    }

    private void GroupEnd(X12Segment segment)
    {
        CloseOpenTransaction(segment);
        if (gs is null) { problems.Warning(segment.Location, null, "GE without a GS before it"); return; }
        CheckCount(segment, 1, transactions, "transaction sets (ST)");
        if (segment.Element(2) != gs.Element(6)) problems.Warning(segment, 2, $"GE02 '{segment.Element(2)}' does not match GS06 '{gs.Element(6)}'");
        gs = null;
    }

    private void InterchangeEnd(X12Segment segment)
    {
        CloseOpenTransaction(segment);
        if (gs is not null) { problems.Warning(gs.Location, null, $"functional group {gs.Element(6)} has no GE trailer"); gs = null; }
        if (isa is null) { problems.Warning(segment.Location, null, "IEA without an ISA before it"); return; }
        CheckCount(segment, 1, groups, "functional groups (GS)");
        if (segment.Element(2) != isa.Element(13)) problems.Warning(segment, 2, $"IEA02 '{segment.Element(2)}' does not match ISA13 '{isa.Element(13)}'");
        isa = null;
    }

    private void CheckCount(X12Segment segment, int index, int actual, string what)
    {
        var text = segment.Element(index);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var stated) || stated != actual)
        {
            problems.Warning(segment, index, $"{segment.Field(index)} says '{text}' {what} but there are {actual}");
        }
    }

    private void CloseOpenTransaction(X12Segment next)
    {
        if (transaction is not null)
        {
            problems.Error(transaction.StartLocation, null,
                $"transaction set {transaction.ControlNumber} has no SE before {next.Location}");
            Batches.Add(transaction.Finish(null));
            transaction = null;
        }
        foreignSt = null;
    }
}
