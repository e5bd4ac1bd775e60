using System.Runtime.CompilerServices;
namespace Reconciler.Ingest.Ofx;

/// <summary>The children of one STMTTRN the reader uses, found in one pass: for each name the first child so named, as <see cref="OfxElement.Child"/> finds it.</summary>
internal readonly struct OfxEntryFields
{
    public OfxElement? DtPosted { get; }
    public OfxElement? TrnAmt { get; }
    public OfxElement? DtAvail { get; }
    public OfxElement? FitId { get; }
    public OfxElement? CheckNum { get; }
    public OfxElement? RefNum { get; }
    public OfxElement? CorrectFitId { get; }
    public OfxElement? CorrectAction { get; }
    public OfxElement? TrnType { get; }
    public OfxElement? Name { get; }
    public OfxElement? Payee { get; }
    public OfxElement? ExtdName { get; }
    public OfxElement? Memo { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public OfxEntryFields(OfxElement entry)
    {
        foreach (var child in entry.ChildSpan)
        {
            switch (child.Name)
            {
                case "DTPOSTED": DtPosted ??= child; break;
                case "TRNAMT": TrnAmt ??= child; break;
                case "DTAVAIL": DtAvail ??= child; break;
                case "FITID": FitId ??= child; break;
                case "CHECKNUM": CheckNum ??= child; break;
                case "REFNUM": RefNum ??= child; break;
                case "CORRECTFITID": CorrectFitId ??= child; break;
                case "CORRECTACTION": CorrectAction ??= child; break;
                case "TRNTYPE": TrnType ??= child; break;
                case "NAME": Name ??= child; break;
                case "PAYEE": Payee ??= child; break;
                case "EXTDNAME": ExtdName ??= child; break;
                case "MEMO": Memo ??= child; break;
            }
        }
    }
}
