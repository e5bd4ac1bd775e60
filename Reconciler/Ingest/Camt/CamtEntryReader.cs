using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Reads one <c>Ntry</c> into a bank transaction: signed amount (its own CdtDbtInd, reversals included), status,
/// dates, bank transaction code, references and remittance. A single <c>TxDtls</c> is folded into the entry; a
/// batch-booked entry (a <c>Btch</c>, or several <c>TxDtls</c>) keeps its details as items.
/// </summary>
internal sealed class CamtEntryReader(CamtContext context)
{
    public BankTransaction? Read(CamtElement entry, string id, string account, DateOnly? fallbackDate)
    {
        if (entry.Child("Amt") is not { } amountElement)
        {
            context.Error(entry, "Amt", "the entry has no amount");
            return null;
        }
        if (!CamtValues.TryAmount(context, amountElement, out var value, out var currency)) return null;
        var sign = CamtValues.Sign(context, entry);
        if (sign == 0) return null;
        var amount = sign * value;
        var status = Status(entry);

        var booking = CamtValues.ChoiceDate(context, entry.Child("BookgDt"));
        var valueDate = CamtValues.ChoiceDate(context, entry.Child("ValDt"));
        if ((booking ?? valueDate ?? fallbackDate) is not { } date)
        {
            context.Error(entry, "BookgDt", "the entry has no booking date, no value date, and the statement no creation date");
            return null;
        }
        if (booking is null && status == TransactionStatus.Booked && entry.Child("BookgDt") is null)
        {
            context.Warning(entry, "BookgDt", $"booked entry without a booking date; the {(valueDate is null ? "statement's creation date" : "value date")} is used");
        }

        var reversal = entry.Text("RvslInd") is "true" or "1";
        var details = new List<CamtDetail>();
        foreach (var detail in entry.All("NtryDtls", "TxDtls")) details.Add(CamtDetailReader.Read(context, detail, sign, reversal));
        foreach (var detail in entry.Children("TxDtls")) details.Add(CamtDetailReader.Read(context, detail, sign, reversal));
        var batch = entry.All("NtryDtls", "Btch") is [var first, ..] ? first : entry.Child("Btch");
        var single = details.Count == 1 ? details[0] : null;
        var items = details.Count > 1 || (batch is not null && details.Count == 1) ? Items(entry, details, amount) : [];
        if (batch is not null) CamtBatchCheck.Check(context, entry, batch, details, amount, currency);

        var references = new CamtReferences();
        if (single is not null) references.AddRange(single.References);
        references.Add(entry.Text("NtryRef"));
        references.Add(batch?.Text("PmtInfId"));
        references.Add(batch?.Text("MsgId"));
        references.Add(entry.Text("AddtlInfInd", "MsgId"));

        return new BankTransaction
        {
            Id = id,
            Account = account,
            BookingDate = date,
            ValueDate = valueDate,
            Amount = amount,
            Currency = currency,
            Status = status,
            TypeCode = TypeCode(entry),
            BankReference = entry.Text("AcctSvcrRef") ?? single?.BankReference,
            CustomerReference = single?.EndToEndId ?? batch?.Text("PmtInfId"),
            Counterparty = single?.Counterparty ?? CommonCounterparty(details),
            Remittance = CamtReferences.Join(single?.Remittance, entry.Text("AddtlNtryInf")),
            References = references.Values,
            Reversal = reversal,
            Items = items,
            Location = context.Location(entry),
        };
    }

    private List<BatchDetail> Items(CamtElement entry, List<CamtDetail> details, decimal entryAmount)
    {
        var missing = details.Where(d => d.Amount is null).ToList();
        if (details.Count > 1 && missing.Count > 0)
        {
            context.Warning(entry, "TxDtls/Amt",
                $"{missing.Count} of {details.Count} transaction details carry no amount (.02 has none; nor TxAmt or InstdAmt here); their item amount is shown as 0");
        }
        return details.Select(d =>
        {
            var references = new CamtReferences();
            references.AddRange(d.References.Where(r => r != d.EndToEndId));
            references.Add(d.BankReference);
            var itemAmount = d.Amount ?? (details.Count == 1 ? entryAmount : 0m);
            return new BatchDetail(itemAmount, d.Counterparty, d.Remittance, d.EndToEndId, references.Values);
        }).ToList();
    }

    private TransactionStatus Status(CamtElement entry)
    {
        switch (CamtValues.StatusCode(entry))
        {
            case "BOOK": return TransactionStatus.Booked;
            case "PDNG": return TransactionStatus.Pending;
            case "INFO" or "FUTR": return TransactionStatus.Info;
            case null:
                context.Warning(entry, "Sts", "the entry has no status; it is taken as booked");
                return TransactionStatus.Booked;
            case var other:
                context.Warning(entry.Child("Sts")!, "Sts", $"status '{other}' is not BOOK, PDNG, INFO or FUTR; the entry is kept as information only");
                return TransactionStatus.Info;
        }
    }

    /// <summary>"PMNT/RCDT/ESCT" from the ISO domain code, else the proprietary code.</summary>
    private static string? TypeCode(CamtElement entry)
    {
        if (entry.Child("BkTxCd") is not { } code) return null;
        if (code.Child("Domn") is { } domain)
        {
            var joined = JoinPresent(domain.Text("Cd"), domain.Text("Fmly", "Cd"), domain.Text("Fmly", "SubFmlyCd"));
            if (joined is not null) return joined;
        }
        return code.Text("Prtry", "Cd");
    }

    /// <summary>The parts that are present, joined with "/"; null when none is.</summary>
    private static string? JoinPresent(string? first, string? second, string? third)
    {
        string? joined = null;
        foreach (var part in (ReadOnlySpan<string?>)[first, second, third])
        {
            if (part is not null) joined = joined is null ? part : $"{joined}/{part}";
        }
        return joined;
    }

    /// <summary>The one counterparty every detail names (a missing name counts as a name), else null.</summary>
    private static string? CommonCounterparty(List<CamtDetail> details)
    {
        if (details.Count == 0) return null;
        var name = details[0].Counterparty;
        foreach (var detail in details)
        {
            if (!string.Equals(detail.Counterparty, name, StringComparison.Ordinal)) return null;
        }
        return name;
    }
}
