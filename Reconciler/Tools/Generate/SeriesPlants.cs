namespace Reconciler.Tools.Generate;

/// <summary>
/// The cases a series of nights plants on top of a night's ordinary scenarios, each with its truth: money an earlier
/// night applied coming back (an ACH return on the bank statement it was paid on, a partial Stripe refund, a Stripe
/// dispute, a dispute won the same night or on a later night, a second partial refund of a charge on a later night, an 835
/// recoupment naming the claim), a payment of invoices less a credit note, and an invoice paid in two parts the same
/// night. Every reversal reopens in the book what it takes back, as the engine should. A dispute to be won later holds its
/// invoice (<see cref="OpenBook.Held"/>): no scenario pays it in between, so the win applies again all it reopened.
/// </summary>
internal sealed class SeriesPlants(Random random, OpenBook book, NightModel model, Scenarios scenarios)
{
    private const decimal DisputeFee = 15.00m;

    private static readonly string[] ReturnReasons = ["R01 INSUFFICIENT FUNDS", "R02 ACCOUNT CLOSED", "R03 NO ACCOUNT", "R10 CUSTOMER ADVISES NOT AUTHORIZED"];

    /// <summary>How many of each case a night of <paramref name="perDay"/> lines plants.</summary>
    private static int Count(int perDay, int per) => Math.Max(1, perDay / per);

    /// <summary>Remembers a statement's exact single-invoice payment: a later night may return it.</summary>
    public void Paid(int statement, BankEntry entry)
    {
        if (entry.Expected is { Scenario: "reference_exact" } expected && book.Find(expected.Invoices[0]) is { } invoice)
            book.Remember(book.Credits, new PaidCredit(statement, entry, invoice));
    }

    /// <summary>The day's planted lines of one statement: returns of what it was paid on earlier nights, split payments, credit notes used.</summary>
    public IEnumerable<BankEntry> Statement(int statement, DateOnly day, int perDay)
    {
        var planted = new List<BankEntry>();
        for (var i = 0; i < Count(perDay, 1200); i++)
        {
            if (OpenBook.Take(book.Credits, random, c => c.Statement == statement && c.Entry.Date < day) is not { } paid) break;
            var amount = paid.Entry.Amount;
            var text = $"RETURN {ReturnReasons[random.Next(ReturnReasons.Length)]} {paid.Entry.Payer?.ToUpperInvariant()} {string.Join(' ', paid.Entry.References)}".TrimEnd();
            book.Reopen(paid.Invoice, amount);
            planted.Add(new BankEntry(day, -amount, EntryKind.Return, paid.Entry.Payer, text, [], Expected.Reverse("ach_return_of_payment", paid.Invoice.Number, amount)));
        }
        for (var i = 0; i < Count(perDay, 1200); i++)
        {
            if (model.TakeInvoice() is not { } invoice) break;
            if (invoice.Open < 10m) continue;
            var first = Math.Round(invoice.Open * (30 + random.Next(40)) / 100m, 2);
            var reference = scenarios.Spell(invoice.Number);
            planted.Add(scenarios.Credit(day, first, invoice.CustomerName, [reference], Expected.Apply("split_first", invoice.Number)));
            planted.Add(scenarios.Credit(day, invoice.Open - first, invoice.CustomerName, [reference], Expected.Apply("split_second", invoice.Number)));
        }
        for (var i = 0; i < Count(perDay, 1200); i++)
        {
            if (model.TakeWithCredit() is not { } credit) break;
            var amount = credit.Invoices.Sum(v => v.Open) + credit.Note.Open;
            planted.Add(scenarios.Credit(day, amount, scenarios.Payer(credit.Note.CustomerName, typos: false), [],
                Expected.Apply("credit_note_used", [.. credit.Invoices.Select(v => v.Number), credit.Note.Number])));
        }
        return planted;
    }

    /// <summary>
    /// Refunds and disputes of charges earlier nights applied, and a dispute won the same night, for the day's first payout;
    /// they take no more than <paramref name="capacity"/> (the payout's charges) so the payout stays a deposit.
    /// </summary>
    public IEnumerable<StripeItem> Stripe(int perDay, decimal capacity)
    {
        var planted = new List<StripeItem>();
        for (var i = 0; i < Count(perDay, 1000); i++)
        {
            if (OpenBook.Take(book.Charges, random, c => c.Gross / 2m < capacity) is { } refunded)
            {
                var amount = Math.Max(1m, Math.Round(refunded.Gross * (20 + random.Next(30)) / 100m, 2));
                capacity -= amount;
                book.Reopen(refunded.Invoice, amount);
                planted.Add(new StripeItem("refund", -amount, 0m, null, refunded.Invoice.CustomerName,
                    Expected.Reverse("stripe_refund_of_charge", refunded.Invoice.Number, amount)) { ChargeId = refunded.ChargeId });
                book.Remember(book.Refunded, refunded with { Gross = refunded.Gross - amount });
            }
            if (OpenBook.Take(book.Refunded, random, c => c.Gross < capacity) is { } again)
            {
                // A second partial refund of a charge an earlier night refunded in part: it reopens only what it refunds.
                var amount = Math.Max(1m, Math.Round(again.Gross * (30 + random.Next(50)) / 100m, 2));
                capacity -= amount;
                book.Reopen(again.Invoice, amount);
                planted.Add(new StripeItem("refund", -amount, 0m, null, again.Invoice.CustomerName,
                    Expected.Reverse("stripe_second_refund_of_charge", again.Invoice.Number, amount)) { ChargeId = again.ChargeId });
            }
            if (OpenBook.Take(book.Charges, random, c => c.Gross + DisputeFee < capacity) is { } disputed)
            {
                capacity -= disputed.Gross + DisputeFee;
                book.Reopen(disputed.Invoice, disputed.Gross);
                planted.Add(new StripeItem("dispute", -disputed.Gross, DisputeFee, null, disputed.Invoice.CustomerName,
                    Expected.Reverse("stripe_dispute_of_charge", disputed.Invoice.Number, disputed.Gross)) { ChargeId = disputed.ChargeId });
                // Half the disputes are won on a later night.
                if (random.Next(2) == 0) book.Remember(book.Disputed, disputed);
            }
            if (OpenBook.Take(book.Disputed, random) is { } wonLater)
            {
                planted.Add(new StripeItem("dispute_reversal", wonLater.Gross, -DisputeFee, null, wonLater.Invoice.CustomerName,
                    Expected.ApplyAgain("stripe_dispute_won_later", wonLater.Invoice.Number, wonLater.Gross)) { ChargeId = wonLater.ChargeId });
            }
            if (OpenBook.Take(book.Charges, random, c => c.Gross + DisputeFee < capacity) is { } won)
            {
                // The dispute and its win in one payout: the engine re-applies only what a dispute reversed the same night.
                book.Reopen(won.Invoice, won.Gross);
                planted.Add(new StripeItem("dispute", -won.Gross, DisputeFee, null, won.Invoice.CustomerName,
                    Expected.Reverse("stripe_dispute_then_won", won.Invoice.Number, won.Gross)) { ChargeId = won.ChargeId });
                planted.Add(new StripeItem("dispute_reversal", won.Gross, -DisputeFee, null, won.Invoice.CustomerName,
                    Expected.ApplyAgain("stripe_dispute_won", won.Invoice.Number, won.Gross)) { ChargeId = won.ChargeId });
            }
        }
        return planted;
    }

    /// <summary>Remembers the payout's charges paid to an invoice (by their ch_ id).</summary>
    public void Charged(IReadOnlyList<StripeItem> items, IReadOnlyList<string> sources)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i].Expected.Scenario == "stripe_card_payment" && book.Find(items[i].Invoice!) is { } invoice)
                book.Remember(book.Charges, new PaidCharge(sources[i], items[i].Gross, invoice));
    }

    /// <summary>The payer of a claim an earlier night paid, for the day's first remittance (so it can recoup it), or null.</summary>
    public Names.Payer? RecoupingPayer() =>
        book.Claims.Count == 0 ? null : Names.Payers.FirstOrDefault(p => p.Id == book.Claims[random.Next(book.Claims.Count)].PayerId);

    /// <summary>A PLB WO recoupment of a claim this payer paid on an earlier night, when the remittance can carry it.</summary>
    public void Recoup(Names.Payer payer, IReadOnlyList<EraClaim> claims, List<EraPlb> plbs)
    {
        var room = claims.Sum(c => c.Paid) - plbs.Sum(p => p.Amount);
        if (OpenBook.Take(book.Claims, random, c => c.PayerId == payer.Id && c.Paid < room) is not { } paid) return;
        var amount = random.Next(2) == 0 ? paid.Paid : Math.Max(1m, Math.Round(paid.Paid * (20 + random.Next(60)) / 100m, 2));
        book.Reopen(paid.Claim, amount);
        plbs.Add(new EraPlb("WO", paid.Claim.Number, amount, Expected.Reverse("era_recoupment_of_claim", paid.Claim.Number, amount)));
    }

    /// <summary>Remembers the remittance's claims paid in full (a later remittance of the payer may recoup one).</summary>
    public void ClaimsPaid(Names.Payer payer, IReadOnlyList<EraClaim> claims)
    {
        foreach (var claim in claims)
            if (claim.Expected.Scenario == "claim_paid" && claim.Paid > 0m && book.Find(claim.Number) is { } item)
                book.Remember(book.Claims, new PaidClaim(payer.Id, claim.Paid, item));
    }
}
