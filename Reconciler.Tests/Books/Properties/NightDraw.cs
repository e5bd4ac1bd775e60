namespace Reconciler.Tests.Books.Properties;

/// <summary>Draws one event of a kind for a night, from the items billed so far and the events already drawn (the originals of returns, refunds and recoupments).</summary>
internal sealed class NightDraw(Random random, IReadOnlyList<OpenItemSpec> items, List<NightEvent> events, int night)
{
    private static readonly EventKind[] BankPayments =
        [EventKind.ExactPayment, EventKind.ShortPayment, EventKind.OverPayment, EventKind.PartPayment, EventKind.LessCreditNote, EventKind.CardFeePayment];

    /// <summary>
    /// The case tells a story across nights (<see cref="CaseGenerator"/>): a refund is partial, a short payment is short
    /// within tolerance, and a second refund, a won dispute or a return takes an earlier night's event when there is one
    /// (a return one that was written off short).
    /// </summary>
    public bool Story { get; init; }

    public void Add(EventKind kind)
    {
        var invoices = items.Where(i => !i.IsClaim && !i.IsCreditNote).ToList();
        var claims = items.Where(i => i.IsClaim).ToList();
        // A claim is paid or denied once, mostly: a second remittance of one claim is a duplicate (drawn now and then).
        var unpaid = claims.Where(c => random.Next(6) == 0 || !events.Any(e => e.IsClaim && e.Invoices[0] == c.Number)).ToList();
        var invoice = invoices.Count == 0 ? null : invoices[random.Next(invoices.Count)];
        var usd = invoices.Where(i => i.Currency == "USD").ToList();
        switch (kind)
        {
            case EventKind.ExactPayment or EventKind.ShortPayment when invoice is not null && SecondOf(invoice) is { } second && random.Next(3) == 0:
                // A payment naming two invoices of one customer.
                Bank(kind, invoice.Currency, invoice.Amount + second.Amount - (kind == EventKind.ShortPayment ? Cut(second.Amount) : 0m), invoice, second);
                break;
            case EventKind.ExactPayment when invoice is not null:
                Bank(kind, invoice.Currency, invoice.Amount, invoice);
                break;
            case EventKind.ShortPayment when invoice is not null:
                // Now and then short by less than the tolerance (1.00): written off with the payment.
                Bank(kind, invoice.Currency, invoice.Amount - (Story || random.Next(3) == 0 ? CaseGenerator.Money(random, 0.01m, 0.99m) : Cut(invoice.Amount)), invoice);
                break;
            case EventKind.OverPayment when invoice is not null:
                Bank(kind, invoice.Currency, invoice.Amount + CaseGenerator.Money(random, 1m, 80m), invoice);
                break;
            case EventKind.PartPayment when invoice is not null:
                // Several payments for one invoice in one night: they add up to it.
                var first = Math.Round(invoice.Amount * (decimal)(0.2 + 0.6 * random.NextDouble()), 2);
                Bank(kind, invoice.Currency, first, invoice);
                Bank(kind, invoice.Currency, invoice.Amount - first, invoice);
                break;
            case EventKind.LessCreditNote when items.FirstOrDefault(i => i.IsCreditNote) is { } note
                                               && invoices.FirstOrDefault(i => i.Customer == note.Customer && i.Currency == note.Currency) is { } owed:
                Add(new NightEvent(Next, night, kind, owed.Currency, owed.Amount + note.Amount, []) { Payer = owed.Name });
                break;
            case EventKind.Unidentified:
                Add(new NightEvent(Next, night, kind, random.Next(3) == 0 ? "EUR" : "USD", CaseGenerator.Money(random, 20m, 900m), []));
                break;
            case EventKind.CardFeePayment when usd.Count > 0:
                var carded = usd[random.Next(usd.Count)];
                Bank(kind, "USD", carded.Amount - Math.Round(carded.Amount * 0.029m + 0.30m, 2, MidpointRounding.AwayFromZero), carded);
                break;
            case EventKind.BankReturn when ((Story ? Earlier(e => e.Kind is EventKind.CardFeePayment or EventKind.ShortPayment) : null)
                                           ?? Pick(e => BankPayments.Contains(e.Kind))) is { } paid:
                Add(new NightEvent(Next, night, kind, paid.Currency, paid.Amount, paid.Invoices) { Payer = paid.Payer, Original = paid.Id });
                break;
            case EventKind.StripeCharge when usd.Count > 0:
                var charged = usd[random.Next(usd.Count)];
                Add(new NightEvent(Next, night, kind, "USD", random.Next(4) == 0 ? charged.Amount - Cut(charged.Amount) : charged.Amount, [charged.Number]) { Payer = charged.Name });
                break;
            case EventKind.StripeRefund or EventKind.StripeDispute when Pick(e => e.Kind == EventKind.StripeCharge) is { } charge:
                var back = kind == EventKind.StripeDispute || !Story && random.Next(2) == 0 ? charge.Amount : charge.Amount - Cut(charge.Amount);
                Add(new NightEvent(Next, night, kind, "USD", back, []) { Payer = charge.Payer, Original = charge.Id });
                break;
            case EventKind.StripeSecondRefund when Earlier(e => e.Kind == EventKind.StripeRefund && Charge(e) is { } c && e.Amount < c.Amount) is { } firstRefund:
                // The same charge refunded again: the rest of it (which undoes all of its cash) or part of the rest.
                var rest = Charge(firstRefund)!.Amount - firstRefund.Amount;
                Add(new NightEvent(Next, night, kind, "USD", random.Next(2) == 0 ? rest : Math.Max(0.01m, rest - Cut(rest)), [])
                    { Payer = firstRefund.Payer, Original = firstRefund.Original, Dispute = firstRefund.Id });
                break;
            case EventKind.ClaimPaid when unpaid.Count > 0:
                var claim = unpaid[random.Next(unpaid.Count)];
                var contractual = random.Next(3) == 0 ? 0m : Math.Round(claim.Amount * 0.2m, 2);
                var patient = random.Next(2) == 0 ? 0m : Math.Min(25m, claim.Amount - contractual);
                Add(new NightEvent(Next, night, kind, "USD", claim.Amount - contractual - patient, [claim.Number]) { Contractual = contractual, Patient = patient });
                break;
            case EventKind.ClaimDenied when unpaid.Count > 0:
                var denied = unpaid[random.Next(unpaid.Count)];
                Add(new NightEvent(Next, night, kind, "USD", 0m, [denied.Number]) { Contractual = denied.Amount });
                break;
            case EventKind.PlbInterest when claims.Count > 0:
                Add(new NightEvent(Next, night, kind, "USD", CaseGenerator.Money(random, 0.50m, 12m), [claims[random.Next(claims.Count)].Number]));
                break;
            case EventKind.PlbRecoupment when Pick(e => e.Kind == EventKind.ClaimPaid && e.Amount > 1m) is { } posted:
                // The 835 may not pay out less than nothing: what the night's claims pay caps what is taken back.
                var recouped = Math.Min(Math.Min(posted.Amount, Era835File.PaymentOf(events.Where(e => e.Night == night))), CaseGenerator.Money(random, 1m, 60m));
                if (recouped > 0m) Add(new NightEvent(Next, night, kind, "USD", recouped, posted.Invoices));
                break;
            case EventKind.StripeDisputeWon when Earlier(e => e.Kind == EventKind.StripeDispute) is { } dispute:
                Add(new NightEvent(Next, night, kind, "USD", dispute.Amount, []) { Payer = dispute.Payer, Original = dispute.Original, Dispute = dispute.Id });
                break;
        }
    }

    private int Next => events.Count + 1;

    /// <summary>In a story, an event of an earlier night when there is one; otherwise any (<see cref="Pick"/>).</summary>
    private NightEvent? Earlier(Func<NightEvent, bool> kind) => (Story ? Pick(e => kind(e) && e.Night < night) : null) ?? Pick(kind);

    private NightEvent? Charge(NightEvent refund) => events.FirstOrDefault(e => e.Id == refund.Original && e.Kind == EventKind.StripeCharge);

    private void Add(NightEvent e) => events.Add(e);

    private void Bank(EventKind kind, string currency, decimal amount, params OpenItemSpec[] paid) =>
        Add(new NightEvent(Next, night, kind, currency, amount, paid.Select(p => p.Number).ToList()) { Payer = paid[0].Name });

    private decimal Cut(decimal amount) => Math.Round(amount * (decimal)(0.05 + 0.3 * random.NextDouble()), 2);

    private OpenItemSpec? SecondOf(OpenItemSpec invoice) =>
        items.FirstOrDefault(i => i != invoice && !i.IsClaim && !i.IsCreditNote && i.Customer == invoice.Customer && i.Currency == invoice.Currency);

    /// <summary>An earlier event (this night's or before) of the kind, not yet taken back (or followed: a won dispute, a second refund) by another.</summary>
    private NightEvent? Pick(Func<NightEvent, bool> kind)
    {
        var candidates = events.Where(kind).Where(e => events.All(r => r.Original != e.Id && r.Dispute != e.Id)).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }
}
