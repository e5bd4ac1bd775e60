using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Nacha;

/// <summary>
/// A 6 entry detail record and its 7 addenda, read by SEC code (CTX, CIE/MTE, IAT and SHR place the name and
/// identification differently). Addenda 05 carry payment information (a CCD+ TRN segment is the 835 link),
/// 98 a notification of change, 99 a return with its reason code and the original trace number.
/// </summary>
internal sealed class NachaEntry(NachaRecord record, string secCode)
{
    // Most entries have no addenda: they share the empty list until their first one.
    private List<NachaRecord>? _addenda;
    private string? _trace;
    private string? _paymentInformation;

    public NachaRecord Record => record;

    public IReadOnlyList<NachaRecord> Addenda => _addenda ?? (IReadOnlyList<NachaRecord>)[];

    public string TransactionCode { get; } = NachaTransactionCode.Shared(record.Text.AsSpan(1, 2).Trim());

    public string Rdfi => record.Raw(4, 11);

    public string Trace => _trace ??= record.Field(80, 94);

    public bool AddendaIndicator => record.Raw(79, 79) == "1";

    public bool IsDebit => NachaTransactionCode.IsDebit(TransactionCode);

    public void Add(NachaRecord addenda)
    {
        (_addenda ??= []).Add(addenda);
        _paymentInformation = null;
    }

    /// <summary>The amount in cents, or null when positions 30-39 are not digits.</summary>
    public decimal? Cents => record.TryNumber(30, 39, out var cents) ? cents : null;

    /// <summary>The TRN reassociation segments ("TRN02 TRN03", as the 835 reader writes its trace) found in the payment information.</summary>
    public IEnumerable<string> TrnTraces() => _addenda is null ? [] : TrnTraces(PaymentInformation());

    private static IEnumerable<string> TrnTraces(string info)
    {
        for (var i = info.IndexOf("TRN*", StringComparison.Ordinal); i >= 0; i = info.IndexOf("TRN*", i + 4, StringComparison.Ordinal))
        {
            var end = info.IndexOfAny(['\\', '~'], i);
            var elements = (end < 0 ? info[i..] : info[i..end]).Trim().Split('*');
            if (elements.Length >= 3 && elements[2].Trim().Length > 0)
                yield return elements.Length >= 4 && elements[3].Trim().Length > 0 ? $"{elements[2].Trim()} {elements[3].Trim()}" : elements[2].Trim();
        }
    }

    public PaymentItem ToItem(string id, string entryDescription, string file)
    {
        var cents = Cents ?? 0m;
        var amount = cents / 100m;
        var returned = _addenda?.Find(a => a.FieldIs(2, 3, "99"));
        var change = _addenda?.Find(a => a.FieldIs(2, 3, "98"));
        var kind = returned is not null ? "return"
            : change is not null ? "noc"
            : NachaTransactionCode.IsReturnOrNoc(TransactionCode) ? "return"
            : IsDebit ? "ach_debit" : "ach_credit";
        var info = PaymentInformation();
        // An entry without addenda (most of them) has the batch description as its whole text: no list, no join.
        var text = _addenda is null ? entryDescription : JoinText(entryDescription, info, returned, change);
        var (customer, reference) = NameAndId();
        return new PaymentItem
        {
            Id = id,
            Kind = kind,
            Gross = IsDebit ? -amount : amount,
            Fee = 0m,
            InvoiceReference = reference,
            Customer = customer,
            Text = text,
            Location = $"{file}:{record.Unit} {record.Number}",
        };
    }

    private static string JoinText(string entryDescription, string info, NachaRecord? returned, NachaRecord? change)
    {
        var text = new List<string> { entryDescription };
        if (info.Length > 0) text.Add(info);
        if (returned is not null)
            text.Add($"RETURN {NachaReturnCodes.Describe(returned.Field(4, 6))} original trace {returned.Field(7, 21)} {returned.Field(36, 79)}".TrimEnd());
        if (change is not null)
            text.Add($"NOC {change.Field(4, 6)} original trace {change.Field(7, 21)} corrected data {change.Field(36, 64)}");
        return string.Join(" ", text.Where(t => t.Length > 0));
    }

    private (string? Customer, string? Reference) NameAndId()
    {
        string? Clean(string s) => s.Trim().Length == 0 ? null : s.Trim();
        return secCode switch
        {
            "CTX" => (Clean(record.Field(59, 74)), Clean(record.Field(40, 54))),
            "CIE" or "MTE" => (Clean(record.Field(40, 54)), Clean(record.Field(55, 76))),
            "SHR" => (null, Clean(record.Field(44, 54))),
            "IAT" => (Clean(_addenda?.Find(a => a.FieldIs(2, 3, "10"))?.Field(47, 81) ?? ""), null),
            _ => (Clean(record.Field(55, 76)), Clean(record.Field(40, 54))),
        };
    }

    /// <summary>The 05 addenda payment information, in sequence; CTX addenda are one stream split every 80 characters.</summary>
    public string PaymentInformation() => _paymentInformation ??= ReadPaymentInformation();

    private string ReadPaymentInformation()
    {
        if (_addenda is null) return "";
        var parts = _addenda.Where(a => a.FieldIs(2, 3, "05")).Select(a => secCode == "CTX" ? a.Raw(4, 83) : a.Field(4, 83));
        return (secCode == "CTX" ? string.Concat(parts) : string.Join(" ", parts)).Trim();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"entry {Trace}");
}
