using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// ASC X12 835 health care claim payment/advice (005010X221A1, and 4010 X091): one
/// <see cref="PaymentBatch"/> per transaction set (Kind era_835, Id TRN02, Trace "TRN02 TRN03", Amount
/// BPR02 signed by BPR03, Date BPR16), one item per claim (CLP) and one per PLB adjustment. Delimiters come
/// from each ISA. Balancing and envelope control failures are located warnings; a transaction set other
/// than 835 is an error. Patient names (NM1*QC) are never read into any output.
/// </summary>
public sealed class X12835Reader : IFileReader
{
    public string Format => "x12-835";

    /// <summary>
    /// 95 for an interchange (ISA first) that holds an 835 transaction set; 40 for another X12 interchange,
    /// so that it is still recognised as X12 and refused with "not an 835" rather than as unknown content;
    /// 90 for an 835 sent without its envelope (GS or ST first).
    /// </summary>
    public int Detect(FileSniff sniff)
    {
        var text = sniff.Trimmed;
        if (X12BareStart.Starts(text)) return Has835(text, text[2]) ? 90 : 0;
        if (text.Length < 4 || !text.StartsWith("ISA", StringComparison.Ordinal)) return 0;
        var separator = text[3];
        if (char.IsLetterOrDigit(separator) || char.IsWhiteSpace(separator)) return 0;
        return Has835(text, separator) ? 95 : 40;
    }

    /// <summary>Whether an "ST*835" segment start is in <paramref name="text"/>.</summary>
    private static bool Has835(string text, char separator)
    {
        var needle = "ST" + separator + "835";
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var after = at + needle.Length;
            var startsSegment = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsElement = after >= text.Length || !char.IsLetterOrDigit(text[after]);
            if (startsSegment && endsElement) return true;
        }
        return false;
    }

    public ParsedFile Read(Stream content, string fileName)
    {
        var problems = new X12Problems(fileName);
        var batches = new List<PaymentBatch>();
        X12Segment? current = null;
        try
        {
            using var text = RecordText.Open(content);
            var reader = new X12SegmentReader(text, problems);
            var walker = new X12EnvelopeWalker(fileName, reader, new ItemIds(), problems);
            foreach (var segment in reader.Segments())
            {
                current = segment;
                walker.Add(segment);
            }
            walker.Finish();
            batches = walker.Batches;
            if (reader.IsBlank) problems.Error("file", null, "the file is empty");
            else if (batches.Count == 0 && !problems.HasErrors) problems.Error("file", null, "the interchange holds no 835 transaction set (ST*835)");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A safety net only: every known bad input is reported where it is found.
            problems.Error(current?.Location ?? "segment 1", null, $"the file could not be read past this point ({ex.GetType().Name}: {ex.Message})");
        }
        return new ParsedFile { File = fileName, Format = Format, Batches = batches, Problems = problems.All };
    }
}
