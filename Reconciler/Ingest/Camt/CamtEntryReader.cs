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
        var details = entry.All("NtryDtls", "TxDtls").Concat(entry.Children("TxDtls"))
            .Select(d => CamtDetailReader.Read(context, d, sign, reversal)).ToList();
        var batch = entry.All("NtryDtls", "Btch").Concat(entry.Children("Btch")).FirstOrDefault();
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
            var parts = new[] { domain.Text("Cd"), domain.Text("Fmly", "Cd"), domain.Text("Fmly", "SubFmlyCd") }.OfType<string>().ToList();
            if (parts.Count > 0) return string.Join("/", parts);
        }
        return code.Text("Prtry", "Cd");
    }

    private static string? CommonCounterparty(List<CamtDetail> details)
    {
        var names = details.Select(d => d.Counterparty).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 1 ? names[0] : null;
    }
}
