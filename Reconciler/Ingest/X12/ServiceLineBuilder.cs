using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>The service line being read (loop 2110): SVC, then its DTM, CAS and LQ segments.</summary>
internal sealed class ServiceLineBuilder(int number, string id, string qualifier, string code, string[] modifiers, decimal? charge, decimal? paid)
{
    public int Number { get; } = number;

    public string Id { get; } = id;

    public decimal? Charge { get; } = charge;

    public decimal? Paid { get; } = paid;

    /// <summary>The sum of the line's CAS amounts.</summary>
    public decimal AdjustmentTotal { get; set; }

    public List<ClaimAdjustment> Adjustments { get; } = [];

    public List<string> Remarks { get; } = [];

    public DateOnly? ServiceDate { get; set; }

    /// <summary>
    /// SVC01 "qualifier:code:mod1:...:mod4:description" split on the component separator; the qualifier and the code
    /// come from <paramref name="codes"/> (they repeat from line to line).
    /// </summary>
    public static (string Qualifier, string Code, string[] Modifiers) Procedure(ReadOnlySpan<char> composite, char separator, SharedTexts codes)
    {
        Span<Range> parts = stackalloc Range[8];
        var count = composite.Split(parts, separator);
        var qualifier = count > 0 ? codes.Share(composite[parts[0]]) : "";
        var code = count > 1 ? codes.Share(composite[parts[1]]) : "";
        var modifierCount = 0;
        for (var i = 2; i < Math.Min(count, 6); i++)
        {
            if (composite[parts[i]].Length > 0) modifierCount++;
        }
        if (modifierCount == 0) return (qualifier, code, []);
        var modifiers = new string[modifierCount];
        var next = 0;
        for (var i = 2; i < Math.Min(count, 6); i++)
        {
            if (composite[parts[i]].Length > 0) modifiers[next++] = codes.Share(composite[parts[i]]);
        }
        return (qualifier, code, modifiers);
    }

    public ServiceLinePayment Build() => new()
    {
        Qualifier = qualifier,
        ProcedureCode = code,
        Modifiers = modifiers,
        ServiceDate = ServiceDate,
        Charge = Charge ?? 0m,
        Paid = Paid ?? 0m,
        Adjustments = Adjustments.Count == 0 ? [] : Adjustments.ToArray(),
        Remarks = Remarks.Count == 0 ? [] : Remarks.ToArray(),
    };
}
