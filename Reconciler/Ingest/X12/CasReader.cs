using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// A CAS segment: one group code (CAS01) then up to six reason / amount / quantity triplets (CAS02-CAS19).
/// A positive amount reduces the payment, a negative one increases it; amounts are kept as sent.
/// </summary>
internal static class CasReader
{
    private const int MaxTriplets = 6;

    private static readonly HashSet<string> Groups = new(StringComparer.Ordinal) { "CO", "PR", "OA", "PI", "CR" };

    /// <summary>Adds the segment's adjustments to <paramref name="adjustments"/>; returns their sum.</summary>
    public static decimal Read(X12Segment cas, bool version5010, X12Problems problems, List<ClaimAdjustment> adjustments)
    {
        var before = adjustments.Count;
        var sum = 0m;
        var group = cas.Element(1);
        if (group.Length == 0) problems.Warning(cas, 1, "the adjustment group code is missing");
        else if (!Groups.Contains(group)) problems.Warning(cas, 1, $"'{group}' is not an adjustment group (CO, PR, OA, PI)");
        else if (group == "CR" && version5010) problems.Warning(cas, 1, "group CR (corrections and reversals) is not used from 5010 on");

        if (cas.Count > 1 + (3 * MaxTriplets))
        {
            problems.Warning(cas, 1 + (3 * MaxTriplets) + 1, $"a CAS holds at most {MaxTriplets} adjustments; elements after CAS19 are ignored");
        }

        for (var triplet = 0; triplet < MaxTriplets; triplet++)
        {
            var reasonIndex = 2 + (3 * triplet);
            var reason = cas.Element(reasonIndex);
            if (reason.Length == 0 && cas.Span(reasonIndex + 1).Length == 0) continue;
            if (reason.Length == 0) problems.Warning(cas, reasonIndex, "an adjustment amount has no reason code");
            var amount = problems.Amount(cas, reasonIndex + 1, required: true, ProblemSeverity.Warning);
            if (amount is { } value)
            {
                adjustments.Add(new ClaimAdjustment(group, reason, value));
                sum += value;
            }
            var quantity = cas.Span(reasonIndex + 2);
            if (quantity.Length > 0 && !X12Values.TryAmount(quantity, out _))
            {
                problems.Warning(cas, reasonIndex + 2, $"'{quantity}' is not a quantity");
            }
        }

        if (adjustments.Count == before && group.Length > 0) problems.Warning(cas.Location, null, "the CAS holds no adjustment");
        return sum;
    }
}
