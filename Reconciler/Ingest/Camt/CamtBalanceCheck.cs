using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// The statement proof: (OPBD or PRCD) + booked credits - booked debits = CLBD. camt.052 may open and close
/// with interim booked balances (ITBD). Pending and information entries are left out; reversals count with
/// their own sign. <c>TxsSummry</c> figures are extra checks (skipped on one page of a paginated statement).
/// </summary>
internal static class CamtBalanceCheck
{
    public static CamtBalanceResult Check(
        CamtContext context, string location, IReadOnlyList<CamtElement> balanceElements, CamtElement? summary, bool partialPage,
        IReadOnlyList<BankTransaction> transactions, string currency, decimal? carriedOpening)
    {
        var balances = Read(context, balanceElements);
        var opening = First(balances, "OPBD") ?? First(balances, "PRCD");
        var closing = balances.LastOrDefault(b => b.Code == "CLBD");
        if (context.Message == CamtMessage.Report)
        {
            var interim = balances.Where(b => b.Code == "ITBD").ToList();
            if (opening is null && interim.Count > 0) interim.Remove(opening = interim[0]);
            if (closing is null && interim.Count > 0) closing = interim[^1];
        }

        var booked = transactions.Where(t => t.Status == TransactionStatus.Booked).Sum(t => t.Amount);
        var openingAmount = opening?.Amount ?? carriedOpening;
        var failures = new List<string>();
        bool? proof = null;
        if (openingAmount is { } start && closing is not null)
        {
            var expected = start + booked;
            proof = expected == closing.Amount && SameCurrency(opening, closing, currency);
            if (!proof.Value)
            {
                failures.Add($"opening {Money.Format(start)} {opening?.Currency ?? currency} + booked entries {Money.Format(booked)} = "
                    + $"{Money.Format(expected)}, but the closing balance ({closing.Code}) is {Money.Format(closing.Amount)} {closing.Currency}");
            }
        }

        bool? summaryHolds = null;
        if (summary is not null && !partialPage)
        {
            var summaryFailures = CamtSummaryCheck.Failures(context, summary, transactions);
            summaryHolds = summaryFailures.Count == 0;
            failures.AddRange(summaryFailures);
        }

        bool? balanced = proof is null && summaryHolds is null ? null : (proof ?? true) && (summaryHolds ?? true);
        var note = failures.Count == 0 ? null : string.Join("; ", failures);
        if (note is not null) context.Warning(location, "Bal", "the statement does not balance: " + note);
        var end = closing?.Amount ?? (openingAmount is { } o ? o + booked : null);
        return new CamtBalanceResult(openingAmount, closing?.Amount, balanced, note) { End = end };
    }

    private static List<CamtBalance> Read(CamtContext context, IReadOnlyList<CamtElement> elements)
    {
        var balances = new List<CamtBalance>();
        foreach (var element in elements)
        {
            var code = element.Text("Tp", "CdOrPrtry", "Cd") ?? element.Text("Tp", "Cd") ?? element.Text("Tp", "CdOrPrtry", "Prtry");
            if (element.Child("Amt") is not { } amountElement)
            {
                context.Error(element, "Amt", "the balance has no amount");
                continue;
            }
            if (!CamtValues.TryAmount(context, amountElement, out var amount, out var currency)) continue;
            int sign;
            if (element.Child("CdtDbtInd") is null)
            {
                // Required by the schema, left out by at least one bank on every balance: an unsigned balance is
                // not overdrawn. Entries without it stay refused (CamtEntryReader): their sign is the money.
                context.Deviation("unsigned balance", element, "CdtDbtInd", $"balance {code} without credit/debit indicator: read as credit ({amount} {currency})");
                sign = 1;
            }
            else sign = CamtValues.Sign(context, element);
            if (sign == 0) continue;
            if (element.Child("Dt") is { } date) CamtValues.ChoiceDate(context, date);
            balances.Add(new CamtBalance(code ?? "", sign * amount, currency));
        }
        return balances;
    }

    private static CamtBalance? First(List<CamtBalance> balances, string code) => balances.FirstOrDefault(b => b.Code == code);

    private static bool SameCurrency(CamtBalance? opening, CamtBalance closing, string currency) =>
        closing.Currency == currency && (opening is null || opening.Currency == currency);
}
