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
    private static readonly AccountRef Refunds = new(AccountRole.RefundsPayable);
    private static readonly AccountRef WriteOffs = new(AccountRole.WriteOffs);
    private static readonly HashSet<string> ReturnKinds = new(StringComparer.OrdinalIgnoreCase) { "dispute", "chargeback", "return", "reversal", "refund" };
    private static readonly HashSet<string> WriteOffRules = new(StringComparer.Ordinal) { "tolerance_writeoff", "write_off" };

    public static IReadOnlyList<JournalEntry> Build(BooksNight night) => Entries(night).ToList();

    /// <summary>
    /// The entries of <see cref="Build"/> one at a time, made as they are asked for: a writer streaming the journal holds
    /// one entry, not the night's (a million applications make two million lines).
    /// </summary>
    public static IEnumerable<JournalEntry> Entries(BooksNight night)
    {
        var number = 0;
        JournalEntry? Entry(string currency, string sourceKind, string sourceId, string rule, params ReadOnlySpan<JournalLine?> lines)
        {
            var kept = Kept(lines);
            if (kept is null) return null;
            var id = string.Create(CultureInfo.InvariantCulture, $"JE-{night.AsOf:yyyyMMdd}-{++number:D6}");
            return new JournalEntry(id, night.AsOf, currency, sourceKind, sourceId, rule, kept);
        }

        foreach (var r in night.Receipts)
        {
            if (Entry(r.Currency, SourceKind.BankLine, r.Id, "receipt",
                JournalLine.Signed(new(AccountRole.Cash, r.Account), r.Amount, "bank credit received"),
                JournalLine.Signed(Unapplied, -r.Amount, "held as unapplied until applied or settled")) is { } entry) yield return entry;
        }
        var reversed = night.Applications.Where(a => a.SourceKind == SourceKind.ClaimPayment && a.AppliedAmount < 0m)
            .GroupBy(a => a.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => -g.Sum(a => a.AppliedAmount), StringComparer.Ordinal);
        // A refund, dispute or return item takes back through unapplied cash what it reopened and what it took off money
        // not yet applied; only the rest (an original not found) is owed back to the customer.
        var undoneBy = night.Reversals.Where(r => r.SourceKind != SourceKind.BankLine && r.Reopened + r.UnappliedReduced > 0m)
            .ToDictionary(r => r.SourceId, r => r.Reopened + r.UnappliedReduced, StringComparer.Ordinal);
        foreach (var i in night.Items)
        {
            var (counter, memo) = Counter(i);
            // A negative claim takes back through unapplied cash what its posting reversed tonight; the rest the payer
            // took back without a posting to undo (a claim_reversal exception) is owed back until a reviewer decides.
            var undone = i.Gross < 0m && i.SourceKind == SourceKind.ClaimPayment ? reversed.GetValueOrDefault(i.Key)
                : i.Gross < 0m ? Math.Min(undoneBy.GetValueOrDefault(i.Key), -i.Gross) : 0m;
            if (Entry(i.Currency, i.SourceKind, i.Key, "batch_item",
                JournalLine.Signed(new(AccountRole.ProcessorClearing, i.BatchKind), i.Gross - i.Fee, $"{i.Kind} net of fees, due from {i.BatchKind}"),
                JournalLine.Signed(new(AccountRole.ProcessorFees), i.Fee, $"fee on {i.Kind}"),
                JournalLine.Signed(Unapplied, undone, i.SourceKind == SourceKind.ClaimPayment
                    ? "reversed claim payment taken back from what it paid" : $"{i.Kind} taken back from the payment it undoes"),
                JournalLine.Signed(counter, -i.Gross - undone, memo)) is { } entry) yield return entry;
        }
        foreach (var s in night.Settlements)
        {
            if (Entry(s.Currency, SourceKind.BankLine, s.BankLineId, s.Rule,
                JournalLine.Signed(Unapplied, s.BankAmount, $"deposit settles {s.BatchKind} {s.BatchId}"),
                JournalLine.Signed(new(AccountRole.ProcessorClearing, s.BatchKind), -s.BankAmount, $"{s.BatchKind} {s.BatchId} cleared")) is { } entry)
                yield return entry;
        }
        var partners = TransferPartners(night.Applications);
        AccountRef ReceivableFor(string invoice) => night.PatientItems.Contains(invoice) ? PatientReceivable : Receivable;
        for (var n = 0; n < night.Applications.Count; n++)
        {
            var a = night.Applications[n];
            if (partners[n] != NoPartner)
            {
                // What a payer left moves between receivables: from the payer's claim to the patient's (or the next payer's) item.
                if (partners[n] == TakingSide) continue; // written with its pair
                var to = night.Applications[partners[n]];
                var memo = $"{to.Rule} moved from {a.InvoiceNumber} to {to.InvoiceNumber}";
                if (Entry(a.Currency, a.SourceKind, a.SourceId, a.Rule,
                    JournalLine.Signed(ReceivableFor(to.InvoiceNumber), a.AppliedAmount, memo, to.InvoiceNumber, to.CustomerId),
                    JournalLine.Signed(ReceivableFor(a.InvoiceNumber), -a.AppliedAmount, memo, a.InvoiceNumber, a.CustomerId)) is { } moved) yield return moved;
                continue;
            }
            var adjustment = a.SourceKind == SourceKind.Adjustment;
            // A negative write-off is one reversed with the payment it came with (docs/books.md, Reversals).
            var what = adjustment ? (a.AppliedAmount < 0m && a.Rule is "card_fee" or "tolerance_writeoff" or "write_off"
                    ? $"{a.Rule} of {a.InvoiceNumber} reversed with its payment" : $"{a.Rule} of {a.InvoiceNumber}")
                : a.Rule == Matching.ReversalRows.ReversalRule ? $"reversal reopens {a.InvoiceNumber}" : $"applied to {a.InvoiceNumber}";
            if (Entry(a.Currency, a.SourceKind, a.SourceId, a.Rule,
                JournalLine.Signed(adjustment ? AdjustmentAccount(a.Rule) : Unapplied, a.AppliedAmount, what, a.InvoiceNumber, a.CustomerId),
                JournalLine.Signed(ReceivableFor(a.InvoiceNumber), -a.AppliedAmount, what, a.InvoiceNumber, a.CustomerId)) is { } entry) yield return entry;
        }
        foreach (var c in night.Closings)
        {
            var account = c.Action == "refund" ? Refunds : WriteOffs;
            if (Entry(c.Currency, c.SourceKind, c.SourceId, c.Action,
                JournalLine.Signed(Unapplied, c.Amount, $"unapplied money closed by a reviewer ({c.Action})"),
                JournalLine.Signed(account, -c.Amount, c.Action == "refund" ? "to be refunded" : "written off")) is { } entry) yield return entry;
        }
        // Bank debits that are returns, last, so the numbering of the entries before them does not move.
        foreach (var r in night.Reversals.Where(r => r.SourceKind == SourceKind.BankLine && r.Amount < 0m))
        {
            var undone = r.SettledBy is null ? Math.Min(r.Reopened + r.UnappliedReduced, -r.Amount) : -r.Amount;
            if (Entry(r.Currency, SourceKind.BankLine, r.SourceId, "return",
                JournalLine.Signed(Unapplied, undone, r.SettledBy is null ? $"returned money taken back from {r.OriginalSourceId}" : $"returned item settled to {r.SettledBy}"),
                JournalLine.Signed(Refunds, -r.Amount - undone, "returned item whose original payment was not found"),
                JournalLine.Signed(new(AccountRole.Cash, r.Account), r.Amount, "bank debit: returned item")) is { } entry) yield return entry;
        }
    }

    /// <summary>The lines that move money (a zero line is left out), or null when none does.</summary>
    private static JournalLine[]? Kept(ReadOnlySpan<JournalLine?> lines)
    {
        var count = 0;
        foreach (var line in lines) if (Moves(line)) count++;
        if (count == 0) return null;
        var kept = new JournalLine[count];
        count = 0;
        foreach (var line in lines) if (Moves(line)) kept[count++] = line!;
        return kept;
    }

    private static bool Moves(JournalLine? line) => line is not null && (line.Debit != 0m || line.Credit != 0m);

    private const int NoPartner = -1, TakingSide = -2;

    /// <summary>
    /// The moves of claim posting (<see cref="ResponsibilityTransfer"/>) come in pairs from one payment: the claim gives
    /// (positive), the new item takes (negative, same amount). By position in <paramref name="applications"/>: a giving side
    /// holds its taking side's position, a taking side <see cref="TakingSide"/>; an application without a partner holds
    /// <see cref="NoPartner"/> and is journaled as any adjustment. By position, not by the application: hashing a million
    /// applications by identity, each for the first time, is slow.
    /// </summary>
    private static int[] TransferPartners(IReadOnlyList<Application> applications)
    {
        var partners = new int[applications.Count];
        Array.Fill(partners, NoPartner);
        // Looked up by payment: a big night has tens of thousands of claims, and a payment has only a few moves.
        var taking = Enumerable.Range(0, applications.Count).Where(i => IsTransfer(applications[i]) && applications[i].AppliedAmount < 0m)
            .ToLookup(i => applications[i].SourceId, StringComparer.Ordinal);
        if (taking.Count == 0) return partners;
        for (var g = 0; g < applications.Count; g++)
        {
            var giving = applications[g];
            if (!IsTransfer(giving) || giving.AppliedAmount <= 0m) continue;
            foreach (var t in taking[giving.SourceId])
            {
                if (partners[t] != NoPartner || applications[t].AppliedAmount != -giving.AppliedAmount || applications[t].Currency != giving.Currency) continue;
                partners[g] = t;
                partners[t] = TakingSide;
                break;
            }
        }
        return partners;
    }

    private static bool IsTransfer(Application a) => a.SourceKind == SourceKind.Adjustment && ResponsibilityTransfer.Rules.Contains(a.Rule);

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
