using System.Globalization;

namespace Reconciler.Tools.Generate;

/// <summary>
/// The medical part of a generated night: the payers' 835 remittances and what each claim in them plants. A claim is
/// paid (PR as one reason, or split into deductible PR-1, coinsurance PR-2 and co-pay PR-3), crossed over to a
/// supplemental payer (CLP02 19, NM1*TT, MOA MA18), whose own remittance later the same day pays the secondary item
/// <c>&lt;claim&gt;-SEC</c>, denied (line CARC with LQ*HE remarks), or reversed and corrected; some carry service lines.
/// A claim whose export names a secondary payer is paid by the primary, and its <c>-SEC</c> item by the secondary payer,
/// the same night (a night alone) or the next (a series).
/// Claims denied on an earlier night (<see cref="PayLater"/>) are paid in the next remittance. Each plant writes its truth
/// row (the 835 reader's item id), so bench scores it.
/// </summary>
internal sealed class ClaimScenarios(Random random, NightModel model, TruthWriter truth)
{
    /// <summary>The supplemental payer crossover claims go to; the engine names the secondary item's customer by NM1*TT's id.</summary>
    public static readonly Names.Payer Supplemental = new("PAYER-MEDIGAP", "Mutual Medigap Supplemental", "1999888777", "CI");

    private static readonly Dictionary<string, string> Remarks = new(StringComparer.Ordinal)
    {
        ["50"] = "N115", ["197"] = "N54", ["16"] = "MA130", ["29"] = "N211",
    };

    private static readonly string[] Procedures = ["99213", "99214", "85025", "80053", "97110", "93000", "71046"];

    private readonly Queue<GenInvoice> _payLater = new();
    private readonly List<(GenInvoice Claim, decimal Owed, string Member)> _crossedOver = [];
    private bool _series, _paidDue;

    /// <summary>Claims denied tonight: a later night may pay them (<see cref="PayLater"/>).</summary>
    public List<GenInvoice> DeniedTonight { get; } = [];

    /// <summary>Claims denied on an earlier night (still open in tonight's export) that tonight's remittances pay.</summary>
    public void PayLater(IEnumerable<GenInvoice> deniedEarlier)
    {
        foreach (var claim in deniedEarlier) _payLater.Enqueue(claim);
    }

    /// <summary>The day's 835 remittances (about <paramref name="claims"/> claims); returns their bank deposits.</summary>
    /// <param name="plants">A series' cross-night cases (an 835 recouping what an earlier night paid), or null for a night alone.</param>
    public List<BankEntry> Remittances(DateOnly day, int claims, Era835Writer era, SeriesPlants? plants = null)
    {
        _series = plants is not null;
        var deposits = new List<BankEntry>();
        // A series: the secondary payer pays, first thing, what the night before's primary payers left to it.
        if (model.SecondaryDue.Count > 0 && !_paidDue)
        {
            _paidDue = true;
            var due = model.SecondaryDue.Select(d => SecondaryPayment(d.Claim, d.Owed, Member(d.Claim), "secondary_paid_later")).ToList();
            model.SecondaryPaidTonight.AddRange(due);
            deposits.Add(Write(era, Supplemental, day, [.. due, .. SecondaryReversals(model.SecondaryPaidEarlier)], []));
        }
        for (var done = 0; done < claims; done += 25)
        {
            var payer = Names.Payers[random.Next(Names.Payers.Length)];
            if (done == 0 && plants?.RecoupingPayer() is { } recouping) payer = recouping;
            var list = new List<EraClaim>();
            while (_payLater.Count > 0 && list.Count < 5) list.Add(PaidAfterDenial(_payLater.Dequeue()));
            for (var i = 0; i < Math.Min(25, claims - done); i++) list.AddRange(Claim(payer, i == 0));
            var plbs = new List<EraPlb>();
            if (random.Next(10) < 3)
                plbs.Add(new EraPlb("L6", list[0].Number, -(0.5m + random.Next(2500) / 100m), Expected.Flag("plb_interest", "provider_adjustment")));
            if (random.Next(10) == 0 && list.Sum(c => c.Paid) > 200m)
                // A WO naming a claim reads as a recoupment: in a series, one whose claim cannot be found is reported as such.
                plbs.Add(new EraPlb("WO", "ICN" + Text.Token(random, 10), 10m + random.Next(90),
                    Expected.Flag("plb_recoupment", plants is null ? "provider_adjustment" : "returned_payment")));
            plants?.Recoup(payer, list, plbs);
            deposits.Add(Write(era, payer, day, list, plbs));
            plants?.ClaimsPaid(payer, list);
        }
        // The supplemental payer answers the day's crossovers in its own remittance, after the primary's in the file.
        if (_crossedOver.Count > 0)
        {
            deposits.Add(Write(era, Supplemental, day, _crossedOver.Select(c => SecondaryPayment(c.Claim, c.Owed, c.Member)).ToList(), []));
            _crossedOver.Clear();
        }
        return deposits;
    }

    private BankEntry Write(Era835Writer era, Names.Payer payer, DateOnly day, List<EraClaim> list, List<EraPlb> plbs)
    {
        var (trace, amount, claimIds, plbIds) = era.WriteTransaction(payer, day, list, plbs);
        for (var i = 0; i < list.Count; i++) truth.Write(era.FileName, claimIds[i], list[i].Paid, "USD", list[i].Expected);
        for (var i = 0; i < plbs.Count; i++) truth.Write(era.FileName, plbIds[i], -plbs[i].Amount, "USD", plbs[i].Expected);
        return new BankEntry(day, amount, EntryKind.ProcessorDeposit, payer.Name.ToUpperInvariant(),
            $"ACH CREDIT {payer.Name.ToUpperInvariant()} HCCLAIMPMT TRN*1*{trace}*{payer.Ein}\\", [], new Expected([], "", "era_835_deposit"));
    }

    /// <summary>One claim's CLP (two for a reversal and its correction).</summary>
    private IEnumerable<EraClaim> Claim(Names.Payer payer, bool first)
    {
        var roll = first ? 0 : random.Next(100);
        if (model.TakeClaim() is not { } claim)
        {
            var charge = 100m + random.Next(900);
            var co = Math.Round(charge * 0.2m, 2);
            yield return new EraClaim($"CLM-9{random.Next(100000, 999999)}", 1, charge, charge - co, 0m, Icn(), [("CO", "45", co)],
                Expected.Flag("claim_not_open", "unmatched_payment"));
            yield break;
        }
        var c = claim.Open;
        if (claim.SecondaryPayerId is not null && roll is < 85 or >= 92)
        {
            yield return WithSecondary(claim);
            yield break;
        }
        switch (roll)
        {
            case >= 85 and < 92:
                DeniedTonight.Add(claim);
                yield return Denied(claim);
                yield break;
            // A reversal of a payment never posted here: not of a claim an earlier night paid and a recoupment partly reopened.
            case >= 92 and < 97 when c == claim.Amount:
                var old = Paid(c);
                yield return new EraClaim(claim.Number, 22, -c, -old.Paid, -old.Patient, Icn(), [.. old.Adjustments.Select(a => (a.Group, a.Reason, -a.Amount))],
                    Expected.Flag("claim_reversal", "claim_reversal"));
                var corrected = Paid(c);
                yield return new EraClaim(claim.Number, 1, c, corrected.Paid, corrected.Patient, Icn(), corrected.Adjustments,
                    Expected.Apply("claim_corrected", claim.Number));
                yield break;
            case >= 60 and < 72:
                var split = Split(c);
                yield return WithLines(new EraClaim(claim.Number, 1, c, split.Paid, split.Patient, Icn(), split.Adjustments,
                    Expected.Apply("claim_pr_split", claim.Number)), claim);
                yield break;
            case >= 72 and < 80:
                var crossed = Split(c);
                var member = Member(claim);
                _crossedOver.Add((claim, crossed.Patient, member));
                yield return new EraClaim(claim.Number, 19, c, crossed.Paid, crossed.Patient, Icn(), crossed.Adjustments, Expected.Apply("claim_crossover", claim.Number))
                { Crossover = (Supplemental.Name.ToUpperInvariant(), Supplemental.Id), Remarks = ["MA18"], Member = member };
                yield break;
        }
        var paid = Paid(c);
        var plain = new EraClaim(claim.Number, 1, c, paid.Paid, paid.Patient, Icn(), paid.Adjustments, Expected.Apply("claim_paid", claim.Number));
        yield return roll % 2 == 0 ? WithLines(plain, claim) : plain;
    }

    /// <summary>
    /// A claim whose export names its secondary payer: the primary pays it (status 1, PR split), the engine moves the PR to
    /// <c>&lt;claim&gt;-SEC</c>, and the secondary payer's 835 pays that: later in the same file for a night alone, on the
    /// next night in a series (the claim then gone from billing's export).
    /// </summary>
    private EraClaim WithSecondary(GenInvoice claim)
    {
        var split = Split(claim.Open);
        if (_series) model.SecondaryTomorrow.Add((claim, split.Patient));
        else _crossedOver.Add((claim, split.Patient, Member(claim)));
        return WithLines(new EraClaim(claim.Number, 1, claim.Open, split.Paid, split.Patient, Icn(), split.Adjustments,
            Expected.Apply("claim_secondary_payer", claim.Number)) { Member = Member(claim) }, claim);
    }

    /// <summary>
    /// One in four of the secondary payer's payments of the night before, taken back (status 22, every amount negated: the
    /// engine reopens the <c>-SEC</c> item and takes its PR back from the patient, not the primary's posting) and paid again.
    /// </summary>
    private IEnumerable<EraClaim> SecondaryReversals(IReadOnlyList<EraClaim> paidEarlier)
    {
        for (var i = 0; i < paidEarlier.Count; i += 4)
        {
            var paid = paidEarlier[i];
            yield return new EraClaim(paid.Number, 22, -paid.Charge, -paid.Paid, -paid.Patient, paid.PayerIcn, [.. paid.Adjustments.Select(a => (a.Group, a.Reason, -a.Amount))],
                Expected.Flag("secondary_reversal", "claim_reversal", paid.Number + "-SEC") with { Applied = -paid.Paid }) { Member = paid.Member };
            // The correction pays all the secondary payer owes, drawing nothing, so the rest of the series is as without these plants.
            var owed = paid.Paid + paid.Patient;
            yield return new EraClaim(paid.Number, 2, paid.Charge, owed, 0m, paid.PayerIcn + "C", [("OA", "23", paid.Charge - owed)],
                Expected.Apply("secondary_corrected", paid.Number + "-SEC")) { Member = paid.Member };
        }
    }

    /// <summary>A claim denied on an earlier night, corrected and paid now.</summary>
    public EraClaim PaidAfterDenial(GenInvoice claim)
    {
        var paid = Paid(claim.Open);
        // Its PR goes to the secondary payer when it has one, who pays it the same night.
        if (claim.SecondaryPayerId is not null && paid.Patient > 0m) _crossedOver.Add((claim, paid.Patient, Member(claim)));
        return new EraClaim(claim.Number, 1, claim.Open, paid.Paid, paid.Patient, Icn(), paid.Adjustments, Expected.Apply("claim_paid_after_denial", claim.Number))
        { Member = Member(claim) };
    }

    /// <summary>A denial: each service line's charge denied with the CARC, and the RARC that explains it (LQ*HE).</summary>
    private EraClaim Denied(GenInvoice claim)
    {
        var reason = new[] { "50", "197", "16", "29" }[random.Next(4)];
        var lines = Shares(claim.Open, 1 + random.Next(2))
            .Select(charge => new EraLine(Procedure(), claim.Issue, charge, 0m, [("CO", reason, charge)], [Remarks[reason]])).ToList();
        return new EraClaim(claim.Number, 4, claim.Open, 0m, 0m, Icn(), [("CO", reason, claim.Open)], Expected.Flag("claim_denied", "claim_denied")) { Lines = lines };
    }

    /// <summary>The supplemental payer's claim: it repeats the charge, takes off what the primary covered (OA-23), pays most of
    /// what the primary left and leaves the rest to the patient as coinsurance.</summary>
    private EraClaim SecondaryPayment(GenInvoice claim, decimal owed, string member, string scenario = "secondary_paid")
    {
        var (number, charge) = (claim.Number, claim.Open);
        var patient = random.Next(3) == 0 ? Math.Round(owed * 0.2m, 2) : 0m;
        var paid = owed - patient;
        var adjustments = new List<(string, string, decimal)> { ("OA", "23", charge - owed) };
        if (patient > 0m) adjustments.Add(("PR", "2", patient));
        return new EraClaim(number, 2, charge, paid, patient, Icn(), adjustments, Expected.Apply(scenario, number + "-SEC")) { Member = member };
    }

    /// <summary>Deductible, coinsurance and co-pay together, each its own PR reason.</summary>
    private (decimal Paid, decimal Patient, List<(string Group, string Reason, decimal Amount)> Adjustments) Split(decimal charge)
    {
        var contractual = Math.Round(charge * (10 + random.Next(30)) / 100m, 2);
        var allowed = charge - contractual;
        var deductible = Math.Round(allowed * (5 + random.Next(20)) / 100m, 2);
        var coinsurance = Math.Round((allowed - deductible) * 0.2m, 2);
        var copay = Math.Min(20m + random.Next(3) * 10m, Math.Round((allowed - deductible - coinsurance) / 2m, 2));
        var patient = deductible + coinsurance + copay;
        return (allowed - patient, patient, [("CO", "45", contractual), ("PR", "1", deductible), ("PR", "2", coinsurance), ("PR", "3", copay)]);
    }

    private (decimal Paid, decimal Patient, List<(string Group, string Reason, decimal Amount)> Adjustments) Paid(decimal charge)
    {
        var contractual = Math.Round(charge * (10 + random.Next(30)) / 100m, 2);
        var allowed = charge - contractual;
        var (reason, patient) = random.Next(10) switch
        {
            < 3 => ("", 0m),
            < 7 => ("3", Math.Round(Math.Min(allowed / 2m, 20m + random.Next(3) * 10m), 2)),
            < 9 => ("2", Math.Round(allowed * 0.2m, 2)),
            _ => ("1", Math.Round(allowed * 0.5m, 2)),
        };
        var adjustments = new List<(string, string, decimal)> { ("CO", "45", contractual) };
        if (patient > 0m) adjustments.Add(("PR", reason, patient));
        return (allowed - patient, patient, adjustments);
    }

    /// <summary>
    /// The claim as one to three service lines: the first lines are paid in full (together less than the claim paid),
    /// the last carries every adjustment, so each line balances (charge - CAS = paid) and so does the claim.
    /// </summary>
    private EraClaim WithLines(EraClaim claim, GenInvoice invoice)
    {
        var count = claim.Paid >= 30m ? 1 + random.Next(3) : 1;
        var lines = new List<EraLine>();
        var paidLeft = claim.Paid;
        for (var i = 1; i < count; i++)
        {
            var part = Math.Round(paidLeft * (20 + random.Next(30)) / 100m, 2);
            lines.Add(new EraLine(Procedure(), invoice.Issue, part, part, [], []));
            paidLeft -= part;
        }
        lines.Add(new EraLine(Procedure(), invoice.Issue, claim.Charge - lines.Sum(l => l.Charge), paidLeft, claim.Adjustments, []));
        return claim with { Lines = lines };
    }

    /// <summary>An amount in <paramref name="count"/> parts that add up to it exactly.</summary>
    private List<decimal> Shares(decimal amount, int count)
    {
        var parts = new List<decimal>();
        for (var i = 1; i < count; i++) parts.Add(Math.Round(amount * (20 + random.Next(30)) / 100m, 2));
        parts.Add(amount - parts.Sum());
        return parts;
    }

    private string Procedure() => Procedures[random.Next(Procedures.Length)];

    private static string Member(GenInvoice claim) => "W" + claim.Number.Replace("CLM-", "", StringComparison.Ordinal);

    private string Icn() => random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + Text.Token(random, 10);
}
