using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// The extra checks of <c>TxsSummry</c>: number and sum of entries, the net total (<c>TtlNetNtry</c> in .08,
/// <c>TtlNetNtryAmt</c> + <c>CdtDbtInd</c> in .02), and the credit and debit totals. Banks count either the
/// booked entries only or every entry; a figure that matches either is accepted.
/// </summary>
internal static class CamtSummaryCheck
{
    /// <summary>The failures, in words; empty when every figure present agrees.</summary>
    public static List<string> Failures(CamtContext context, CamtElement summary, IReadOnlyList<BankTransaction> transactions)
    {
        var booked = CamtTotals.Of(transactions.Where(t => t.Status == TransactionStatus.Booked));
        var all = CamtTotals.Of(transactions);
        var failures = new List<string>();

        void Compare(string label, CamtElement? element, Func<CamtTotals, decimal> figure, int sign = 1)
        {
            if (CamtXml.Value(element) is not { } text) return;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var declared))
            {
                context.Warning(element!, element!.LocalName, $"'{text}' is not a number; this summary figure is not checked");
                return;
            }
            declared *= sign;
            if (declared == figure(booked) || declared == figure(all)) return;
            failures.Add($"TxsSummry {label} is {Money.Format(declared)} but the booked entries give {Money.Format(figure(booked))}");
        }

        var totals = summary.Child("TtlNtries");
        if (totals is not null)
        {
            Compare("number of entries", totals.Child("NbOfNtries"), t => t.Count);
            Compare("sum of entries", totals.Child("Sum"), t => t.Sum);
            if (totals.Child("TtlNetNtry") is { } net)
            {
                Compare("net total", net.Child("Amt"), t => t.Net, NetSign(context, net));
            }
            else if (totals.Child("TtlNetNtryAmt") is { } netAmount)
            {
                Compare("net total", netAmount, t => t.Net, NetSign(context, totals));
            }
        }
        if (summary.Child("TtlCdtNtries") is { } creditTotals)
        {
            Compare("number of credits", creditTotals.Child("NbOfNtries"), t => t.CreditCount);
            Compare("sum of credits", creditTotals.Child("Sum"), t => t.CreditSum);
        }
        if (summary.Child("TtlDbtNtries") is { } debitTotals)
        {
            Compare("number of debits", debitTotals.Child("NbOfNtries"), t => t.DebitCount);
            Compare("sum of debits", debitTotals.Child("Sum"), t => t.DebitSum);
        }
        return failures;
    }

    /// <summary>The net total's sign; one without its indicator is read as credit, as an unsigned balance is, and said so.</summary>
    private static int NetSign(CamtContext context, CamtElement owner)
    {
        if (owner.Child("CdtDbtInd") is null)
        {
            context.Deviation("unsigned net total", owner, "CdtDbtInd", "transaction summary net total without credit/debit indicator: read as credit");
            return 1;
        }
        return owner.Text("CdtDbtInd") == "DBIT" ? -1 : 1;
    }
}
