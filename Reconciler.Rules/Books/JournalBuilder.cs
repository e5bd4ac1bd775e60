using System.Globalization;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;

namespace Reconciler.Rules.Books;

/// <summary>
/// The night's journal (docs/books.md). All bank money first lands in unapplied cash; every decision then moves it
/// out: to receivables (an application), to processor clearing (a settled deposit), to refunds payable or write-offs
/// (a reviewer's decision). Batch items are recognised in processor clearing on the night they are read, net of fees.
/// Entries come in a fixed order (receipts, items, settlements, applications, closings), numbered from 1.
/// </summary>
public static class JournalBuilder
{
    private static readonly AccountRef Receivable = new(AccountRole.AccountsReceivable);
    private static readonly AccountRef PatientReceivable = new(AccountRole.PatientReceivable);
    private static readonly AccountRef Unapplied = new(AccountRole.UnappliedCash);
    private static readonly HashSet<string> ReturnKinds = new(StringComparer.OrdinalIgnoreCase) { "dispute", "chargeback", "return", "reversal", "refund" };
    private static readonly HashSet<string> WriteOffRules = new(StringComparer.Ordinal) { "tolerance_writeoff", "write_off" };

    public static IReadOnlyList<JournalEntry> Build(BooksNight night)
    {
        var entries = new List<JournalEntry>();
        void Add(string currency, string sourceKind, string sourceId, string rule, params JournalLine?[] lines)
        {
            var kept = lines.OfType<JournalLine>().Where(l => l.Debit != 0m || l.Credit != 0m).ToList();
            if (kept.Count == 0) return;
            var id = string.Create(CultureInfo.InvariantCulture, $"JE-{night.AsOf:yyyyMMdd}-{entries.Count + 1:D6}");
            entries.Add(new JournalEntry(id, night.AsOf, currency, sourceKind, sourceId, rule, kept));
        }

        foreach (var r in night.Receipts)
        {
            Add(r.Currency, SourceKind.BankLine, r.Id, "receipt",
                JournalLine.Signed(new(AccountRole.Cash, r.Account), r.Amount, "bank credit received"),
                JournalLine.Signed(Unapplied, -r.Amount, "held as unapplied until applied or settled"));
        }
        var reversed = night.Applications.Where(a => a.SourceKind == SourceKind.ClaimPayment && a.AppliedAmount < 0m)
            .GroupBy(a => a.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => -g.Sum(a => a.AppliedAmount), StringComparer.Ordinal);
        foreach (var i in night.Items)
        {
            var (counter, memo) = Counter(i);
            // A negative claim takes back through unapplied cash what its posting reversed tonight; the rest the payer
            // took back without a posting to undo (a claim_reversal exception) is owed back until a reviewer decides.
            var undone = i.Gross < 0m && i.SourceKind == SourceKind.ClaimPayment ? reversed.GetValueOrDefault(i.Key) : 0m;
            Add(i.Currency, i.SourceKind, i.Key, "batch_item",
                JournalLine.Signed(new(AccountRole.ProcessorClearing, i.BatchKind), i.Gross - i.Fee, $"{i.Kind} net of fees, due from {i.BatchKind}"),
                JournalLine.Signed(new(AccountRole.ProcessorFees), i.Fee, $"fee on {i.Kind}"),
                JournalLine.Signed(Unapplied, undone, "reversed claim payment taken back from what it paid"),
                JournalLine.Signed(counter, -i.Gross - undone, memo));
        }
        foreach (var s in night.Settlements)
        {
            Add(s.Currency, SourceKind.BankLine, s.BankLineId, s.Rule,
                JournalLine.Signed(Unapplied, s.BankAmount, $"deposit settles {s.BatchKind} {s.BatchId}"),
                JournalLine.Signed(new(AccountRole.ProcessorClearing, s.BatchKind), -s.BankAmount, $"{s.BatchKind} {s.BatchId} cleared"));
        }
        var partners = TransferPartners(night.Applications);
        AccountRef ReceivableFor(string invoice) => night.PatientItems.Contains(invoice) ? PatientReceivable : Receivable;
        foreach (var a in night.Applications)
        {
            if (partners.TryGetValue(a, out var to))
            {
                // What a payer left moves between receivables: from the payer's claim to the patient's (or the next payer's) item.
                if (to is null) continue; // the receiving side, written with its pair
                var memo = $"{to.Rule} moved from {a.InvoiceNumber} to {to.InvoiceNumber}";
                Add(a.Currency, a.SourceKind, a.SourceId, a.Rule,
                    JournalLine.Signed(ReceivableFor(to.InvoiceNumber), a.AppliedAmount, memo, to.InvoiceNumber, to.CustomerId),
                    JournalLine.Signed(ReceivableFor(a.InvoiceNumber), -a.AppliedAmount, memo, a.InvoiceNumber, a.CustomerId));
                continue;
            }
            var debit = a.SourceKind == SourceKind.Adjustment ? AdjustmentAccount(a.Rule) : Unapplied;
            var what = a.SourceKind == SourceKind.Adjustment ? $"{a.Rule} of {a.InvoiceNumber}" : $"applied to {a.InvoiceNumber}";
            Add(a.Currency, a.SourceKind, a.SourceId, a.Rule,
                JournalLine.Signed(debit, a.AppliedAmount, what, a.InvoiceNumber, a.CustomerId),
                JournalLine.Signed(ReceivableFor(a.InvoiceNumber), -a.AppliedAmount, what, a.InvoiceNumber, a.CustomerId));
        }
        foreach (var c in night.Closings)
        {
            var account = c.Action == "refund" ? new AccountRef(AccountRole.RefundsPayable) : new AccountRef(AccountRole.WriteOffs);
            Add(c.Currency, c.SourceKind, c.SourceId, c.Action,
                JournalLine.Signed(Unapplied, c.Amount, $"unapplied money closed by a reviewer ({c.Action})"),
                JournalLine.Signed(account, -c.Amount, c.Action == "refund" ? "to be refunded" : "written off"));
        }
        return entries;
    }

    /// <summary>
    /// The moves of claim posting (<see cref="ResponsibilityTransfer"/>) come in pairs from one payment: the claim gives
    /// (positive), the new item takes (negative, same amount). Each giving side maps to its taking side, each taking
    /// side to null; an application without a partner is not here and is journaled as any adjustment.
    /// </summary>
    private static Dictionary<Application, Application?> TransferPartners(IReadOnlyList<Application> applications)
    {
        var partners = new Dictionary<Application, Application?>(ReferenceEqualityComparer.Instance);
        var taking = applications.Where(a => a.SourceKind == SourceKind.Adjustment && a.AppliedAmount < 0m && ResponsibilityTransfer.Rules.Contains(a.Rule)).ToList();
        if (taking.Count == 0) return partners;
        foreach (var giving in applications.Where(a => a.SourceKind == SourceKind.Adjustment && a.AppliedAmount > 0m && ResponsibilityTransfer.Rules.Contains(a.Rule)))
        {
            var partner = taking.FirstOrDefault(t => !partners.ContainsKey(t) && t.SourceId == giving.SourceId && t.AppliedAmount == -giving.AppliedAmount && t.Currency == giving.Currency);
            if (partner is null) continue;
            partners[giving] = partner;
            partners[partner] = null;
        }
        return partners;
    }

    /// <summary>Where an item's gross goes: money to apply, interest earned, or money going back.</summary>
    private static (AccountRef Account, string Memo) Counter(ItemReceipt item)
    {
        if (item.Kind == "plb")
        {
            return item.Text?.TrimStart().StartsWith("L6", StringComparison.OrdinalIgnoreCase) == true
                ? (new(AccountRole.InterestIncome), "interest paid by the payer (PLB L6)")
                : (new(AccountRole.RefundsPayable), "provider-level adjustment (PLB) withheld or added by the payer");
        }
        if (item.SourceKind == SourceKind.ClaimPayment && item.Gross > 0m) return (Unapplied, "claim payment held as unapplied until posted");
        if (ReturnKinds.Contains(item.Kind) || item.Gross < 0m) return (new(AccountRole.RefundsPayable), $"{item.Kind} paid back to the customer");
        return (Unapplied, "held as unapplied until applied");
    }

    private static AccountRef AdjustmentAccount(string rule) => rule switch
    {
        "card_fee" => new(AccountRole.ProcessorFees),
        _ when WriteOffRules.Contains(rule) => new(AccountRole.WriteOffs),
        _ => new(AccountRole.ContractualAdjustments),
    };
}
