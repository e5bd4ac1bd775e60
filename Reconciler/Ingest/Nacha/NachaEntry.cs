using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Nacha;

/// <summary>
/// A 6 entry detail record and its 7 addenda, read by SEC code (CTX, CIE/MTE, IAT and SHR place the name and
/// identification differently). Addenda 05 carry payment information (a CCD+ TRN segment is the 835 link),
/// 98 a notification of change, 99 a return with its reason code and the original trace number.
/// </summary>
/// <remarks>
/// What the item needs is read out of the records as they are handed on (they are views over the text being read):
/// the entry keeps a few strings, not its 94-character records.
/// </remarks>
internal sealed class NachaEntry
{
    private readonly string _secCode;
    private readonly string? _customer;
    private readonly string? _reference;
    private string? _iatCustomer;
    private string? _iatOriginator;
    private string? _returned;
    private string? _change;
    // The 05 addenda's payment information parts; most entries have one or none.
    private List<string>? _informationParts;
    private bool _hasAddenda;
    private string? _paymentInformation;

    public NachaEntry(NachaRecord record, string secCode)
    {
        _secCode = secCode;
        Number = record.Number;
        Unit = record.Unit;
        TransactionCode = NachaTransactionCode.Shared(record.Text.Slice(1, 2).Trim());
        Trace = record.Field(80, 94);
        Cents = record.TryNumber(30, 39, out var cents) ? cents : null;
        (_customer, _reference) = NameAndId(record, secCode);
    }

    public int Number { get; }

    public string Unit { get; }

    public string Location => $"{Unit} {Number}";

    public string TransactionCode { get; }

    public string Trace { get; }

    public bool IsDebit => NachaTransactionCode.IsDebit(TransactionCode);

    /// <summary>The amount in cents, or null when positions 30-39 are not digits.</summary>
    public decimal? Cents { get; }

    /// <summary>The originator name of the first IAT 11 addenda (positions 4-38), or null when it has none.</summary>
    public string? IatOriginator => _iatOriginator;

    /// <summary>Reads what the item needs out of one 7 addenda record.</summary>
    public void Add(NachaRecord addenda)
    {
        _hasAddenda = true;
        _paymentInformation = null;
        if (addenda.FieldIs(2, 3, "05")) (_informationParts ??= []).Add(_secCode == "CTX" ? addenda.Raw(4, 83) : addenda.Field(4, 83));
        else if (addenda.FieldIs(2, 3, "99"))
            _returned ??= $"RETURN {NachaReturnCodes.Describe(addenda.Field(4, 6))} original trace {addenda.Field(7, 21)} {addenda.Field(36, 79)}".TrimEnd();
        else if (addenda.FieldIs(2, 3, "98"))
            _change ??= $"NOC {addenda.Field(4, 6)} original trace {addenda.Field(7, 21)} corrected data {addenda.Field(36, 64)}";
        else if (addenda.FieldIs(2, 3, "10")) _iatCustomer ??= addenda.Field(47, 81);
        else if (addenda.FieldIs(2, 3, "11")) _iatOriginator ??= addenda.Field(4, 38);
    }

    /// <summary>
    /// Checks the TRN reassociation segments of the payment information against the batch's one trace so far
    /// (<paramref name="single"/>, "TRN02 TRN03" as the 835 reader writes its trace, set by the first one found):
    /// false when a segment names another. The segments are read as spans: only the first trace becomes a string.
    /// </summary>
    public bool SameTrace(ref string? single)
    {
        if (!_hasAddenda) return true;
        var info = PaymentInformation().AsSpan();
        for (var i = info.IndexOf("TRN*", StringComparison.Ordinal); i >= 0; i = Next(info, i + 4))
        {
            var end = info[i..].IndexOfAny('\\', '~');
            var segment = (end < 0 ? info[i..] : info.Slice(i, end)).Trim();
            // Elements 2 (the trace) and 3 (the payer), as Split('*') would number them.
            ReadOnlySpan<char> trace = default, payer = default;
            var count = 0;
            foreach (var range in segment.Split('*'))
            {
                if (count == 2) trace = segment[range].Trim();
                else if (count == 3) payer = segment[range].Trim();
                count++;
            }
            if (count < 3 || trace.Length == 0) continue;
            if (single is null) single = payer.Length > 0 ? string.Concat(trace, " ", payer) : trace.ToString();
            else if (!IsTrace(single, trace, payer)) return false;
        }
        return true;
    }

    private static int Next(ReadOnlySpan<char> info, int from)
    {
        var at = info[from..].IndexOf("TRN*", StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether <paramref name="single"/> is "trace payer" (or "trace" when there is no payer).</summary>
    private static bool IsTrace(string single, ReadOnlySpan<char> trace, ReadOnlySpan<char> payer) =>
        payer.Length == 0
            ? single.AsSpan().SequenceEqual(trace)
            : single.Length == trace.Length + 1 + payer.Length && single.AsSpan().StartsWith(trace) && single[trace.Length] == ' '
                && single.AsSpan(trace.Length + 1).SequenceEqual(payer);

    public PaymentItem ToItem(string id, string entryDescription, string file)
    {
        var amount = (Cents ?? 0m) / 100m;
        var kind = _returned is not null ? "return"
            : _change is not null ? "noc"
            : NachaTransactionCode.IsReturnOrNoc(TransactionCode) ? "return"
            : IsDebit ? "ach_debit" : "ach_credit";
        // An entry without addenda (most of them) has the batch description as its whole text: no list, no join.
        var text = _hasAddenda ? JoinText(entryDescription, PaymentInformation(), _returned, _change) : entryDescription;
        var customer = _secCode == "IAT" ? Clean(_iatCustomer ?? "") : _customer;
        return new PaymentItem
        {
            Id = id,
            Kind = kind,
            Gross = IsDebit ? -amount : amount,
            Fee = 0m,
            InvoiceReference = _reference,
            Customer = customer,
            Text = text,
            Location = $"{file}:{Unit} {Number}",
        };
    }

    /// <summary>The non-empty parts joined by a blank; most entries have a description and one 05's information.</summary>
    private static string JoinText(string entryDescription, string info, string? returned, string? change)
    {
        if (returned is null && change is null)
            return entryDescription.Length == 0 ? info : info.Length == 0 ? entryDescription : string.Concat(entryDescription, " ", info);
        string[] parts = [entryDescription, info, returned ?? "", change ?? ""];
        return string.Join(" ", parts.Where(t => t.Length > 0));
    }

    private static (string? Customer, string? Reference) NameAndId(NachaRecord record, string secCode) => secCode switch
    {
        "CTX" => (Clean(record.Field(59, 74)), Clean(record.Field(40, 54))),
        "CIE" or "MTE" => (Clean(record.Field(40, 54)), Clean(record.Field(55, 76))),
        "SHR" => (null, Clean(record.Field(44, 54))),
        "IAT" => (null, null), // the name comes from the 10 addenda
        _ => (Clean(record.Field(55, 76)), Clean(record.Field(40, 54))),
    };

    private static string? Clean(string s) => s.Trim().Length == 0 ? null : s.Trim();

    /// <summary>The 05 addenda payment information, in sequence; CTX addenda are one stream split every 80 characters.</summary>
    public string PaymentInformation() => _paymentInformation ??= ReadPaymentInformation();

    private string ReadPaymentInformation()
    {
        if (_informationParts is not { } parts) return "";
        return (_secCode == "CTX" ? string.Concat(parts) : string.Join(" ", parts)).Trim();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"entry {Trace}");
}
