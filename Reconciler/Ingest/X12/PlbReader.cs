using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>One PLB adjustment: reason code, optional reference (often an ICN or refund check) and amount.</summary>
internal sealed record PlbAdjustment(string Reason, string? Reference, decimal Amount, X12Segment Segment)
{
    /// <summary>"WO:PAYERICN777", or just "L6" when there is no reference.</summary>
    public string Text => Reference is null ? Reason : Reason + ":" + Reference;
}

/// <summary>
/// A PLB segment: provider id (PLB01), fiscal period date (PLB02), then up to six reason:reference
/// composite / amount pairs (PLB03-PLB14). A positive amount reduces the payment (money withheld, e.g. WO
/// overpayment recovery); a negative one increases it (e.g. L6 interest).
/// </summary>
internal static class PlbReader
{
    private const int MaxPairs = 6;

    public static List<PlbAdjustment> Read(X12Segment plb, char componentSeparator, X12Problems problems)
    {
        var adjustments = new List<PlbAdjustment>();
        X12Segment? kept = null;
        if (plb.Element(1).Length == 0) problems.Warning(plb, 1, "the provider identifier is missing");
        if (plb.Element(2).Length > 0 && !X12Values.TryDate(plb.Element(2), out _))
        {
            problems.Warning(plb, 2, $"'{plb.Element(2)}' is not a fiscal period date (CCYYMMDD)");
        }
        if (plb.Count > 2 + (2 * MaxPairs))
        {
            problems.Warning(plb, 3 + (2 * MaxPairs), $"a PLB holds at most {MaxPairs} adjustments; elements after PLB14 are ignored");
        }

        for (var pair = 0; pair < MaxPairs; pair++)
        {
            var compositeIndex = 3 + (2 * pair);
            var composite = plb.Element(compositeIndex);
            if (composite.Length == 0 && plb.Element(compositeIndex + 1).Length == 0) continue;
            var parts = plb.Components(compositeIndex, componentSeparator);
            var reason = parts[0];
            var reference = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            if (reason.Length == 0) problems.Warning(plb, compositeIndex, "an adjustment amount has no reason code");

            // The amount moves money: one that cannot be read leaves the payment unexplained, so it is an error.
            var amount = problems.Amount(plb, compositeIndex + 1, required: true, ProblemSeverity.Error);
            // The segment is reused by the reader once this one is read: the adjustments keep a copy.
            if (amount is { } value) adjustments.Add(new PlbAdjustment(reason, reference, value, kept ??= plb.Keep()));
        }
        return adjustments;
    }
}
