using System.Globalization;

namespace Reconciler.Tests.Books.Properties;

/// <summary>A night's 835 from one payer: claim payments (CO and PR adjustments), denials and PLB interest or recoupments.</summary>
public static class Era835File
{
    public const string PayerName = "AETNA";

    public static string Trace(BooksCase c, int night) => string.Create(CultureInfo.InvariantCulture, $"EFT{c.AsOf(night):yyyyMMdd}{night:D3}");

    /// <summary>BPR02: claims paid, plus interest, less what is recouped (a PLB amount is positive when it reduces the payment).</summary>
    public static decimal PaymentOf(IEnumerable<NightEvent> events) => events.Sum(e => e.Kind switch
    {
        EventKind.ClaimPaid or EventKind.PlbInterest => e.Amount,
        EventKind.PlbRecoupment => -e.Amount,
        _ => 0m,
    });

    public static WrittenFile? Write(BooksCase c, int night)
    {
        var events = c.On(night).Where(e => e.IsClaim || e.IsPlb).ToList();
        if (events.Count == 0) return null;
        var date = c.AsOf(night).AddDays(-1);
        var payment = PaymentOf(events);
        var body = new List<string>
        {
            "ST*835*0001",
            Invariant($"BPR*{(payment > 0m ? "I" : "H")}*{payment:0.00}*C*ACH*CCP*01*021000021*DA*1234567*1066033492**01*071000013*DA*7654321*{date:yyyyMMdd}"),
            $"TRN*1*{Trace(c, night)}*1066033492", Invariant($"DTM*405*{date:yyyyMMdd}"), $"N1*PR*{PayerName}", "N1*PE*LAKESIDE FAMILY MEDICINE*XX*1234567893", "LX*1",
        };
        var rows = new List<(NightEvent, string)>();
        foreach (var e in events.Where(e => e.IsClaim))
        {
            var charge = e.Amount + e.Contractual + e.Patient;
            body.Add(Invariant($"CLP*{e.Invoices[0]}*{(e.Kind == EventKind.ClaimDenied ? 4 : 1)}*{charge:0.00}*{e.Amount:0.00}*{e.Patient:0.00}*12*AET{e.Id:D5}"));
            body.Add(Invariant($"NM1*QC*1*SAMPLE*PATIENT****MI*AET{e.Id:D6}"));
            if (e.Contractual != 0m) body.Add(Invariant($"CAS*CO*{(e.Kind == EventKind.ClaimDenied ? 50 : 45)}*{e.Contractual:0.00}"));
            if (e.Patient != 0m) body.Add(Invariant($"CAS*PR*2*{e.Patient:0.00}"));
            rows.Add((e, Invariant($"B00001-{rows.Count + 1:D5}")));
        }
        foreach (var e in events.Where(e => e.IsPlb))
        {
            var (code, amount) = e.Kind == EventKind.PlbInterest ? ("L6", -e.Amount) : ("WO", e.Amount);
            body.Add(Invariant($"PLB*1234567893*20261231*{code}:{e.Invoices[0]}*{amount:0.00}"));
            rows.Add((e, Invariant($"B00001-{rows.Count + 1:D5}")));
        }
        body.Add($"SE*{body.Count + 1}*0001");
        var control = Invariant($"{200000 + night:D9}");
        var segments = new List<string>
        {
            Invariant($"ISA*00*          *00*          *ZZ*AETNA          *ZZ*LAKESIDEFM     *{date:yyMMdd}*0630*^*00501*{control}*0*P*:"),
            Invariant($"GS*HP*AETNA*LAKESIDEFM*{date:yyyyMMdd}*0630*{200000 + night}*X*005010X221A1"),
        };
        segments.AddRange(body);
        segments.Add(Invariant($"GE*1*{200000 + night}"));
        segments.Add($"IEA*1*{control}");
        return new WrittenFile($"aetna-{c.AsOf(night):yyyyMMdd}.835", string.Join("~\n", segments) + "~\n", rows);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
