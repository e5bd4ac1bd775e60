
namespace Reconciler.Ingest.Camt;

/// <summary>
/// Reads <c>Ntry/NtryDtls/TxDtls</c>: the amount (<c>TxDtls/Amt</c> from .03 on; <c>AmtDtls/TxAmt</c> then
/// <c>AmtDtls/InstdAmt</c> in .02), the counterparty (the debtor of a credit, the creditor of a debit, in the
/// <c>Dbtr/Nm</c> and <c>Dbtr/Pty/Nm</c> shapes), unstructured remittance and every reference.
/// </summary>
internal static class CamtDetailReader
{
    private static readonly string[] ReferenceNames = ["InstrId", "TxId", "PmtInfId", "MsgId", "ChqNb", "MndtId"];

    public static CamtDetail Read(CamtContext context, CamtElement details, int entrySign, bool reversal)
    {
        var sign = details.Child("CdtDbtInd") is null ? entrySign : CamtValues.Sign(context, details);
        decimal? amount = null;
        string? currency = null;
        var amountElement = details.Child("Amt") ?? details.At("AmtDtls", "TxAmt", "Amt") ?? details.At("AmtDtls", "InstdAmt", "Amt");
        if (amountElement is not null && CamtValues.TryAmount(context, amountElement, out var value, out var ccy))
        {
            amount = sign * value;
            currency = ccy;
        }

        var refs = details.Child("Refs");
        var endToEnd = refs?.Text("EndToEndId");
        if (endToEnd is not null && endToEnd.Equals(CamtReferences.NotProvided, StringComparison.OrdinalIgnoreCase)) endToEnd = null;
        var references = new CamtReferences();
        references.Add(endToEnd);
        if (refs is not null)
        {
            foreach (var name in ReferenceNames) references.Add(refs.Text(name));
        }
        var remittance = details.Child("RmtInf");
        if (remittance is not null)
        {
            foreach (var reference in remittance.All("Strd", "CdtrRefInf", "Ref")) references.Add(CamtXml.Value(reference));
            foreach (var number in remittance.All("Strd", "RfrdDocInf", "Nb")) references.Add(CamtXml.Value(number));
        }

        var text = remittance is null ? null : CamtReferences.JoinUnstructured(remittance.Children("Ustrd"));
        return new CamtDetail(details, amount, currency, Counterparty(details, reversal ? -sign : sign), text, endToEnd, refs?.Text("AcctSvcrRef"), references.Values);
    }

    /// <summary>
    /// For money in, who paid (Dbtr, else UltmtDbtr); for money out, who was paid (Cdtr, else UltmtCdtr). A reversal
    /// carries the parties of the original, whose direction was the opposite: <paramref name="side"/> is that direction.
    /// </summary>
    private static string? Counterparty(CamtElement details, int side)
    {
        var parties = details.Child("RltdPties");
        if (parties is null || side == 0) return null;
        var (party, ultimate) = side > 0 ? ("Dbtr", "UltmtDbtr") : ("Cdtr", "UltmtCdtr");
        return PartyName(parties.Child(party)) ?? PartyName(parties.Child(ultimate));
    }

    /// <summary>The name in every shape: <c>Nm</c> (.02-.06), <c>Pty/Nm</c> (.08+), <c>Agt/FinInstnId/Nm</c> for a bank.</summary>
    private static string? PartyName(CamtElement? party) =>
        party is null ? null : party.Text("Nm") ?? party.Text("Pty", "Nm") ?? party.Text("Agt", "FinInstnId", "Nm");
}
