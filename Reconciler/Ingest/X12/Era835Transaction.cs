using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// One 835 transaction set (ST to SE), which is one payment: BPR (amount, direction, method, date), TRN
/// (reassociation trace), CUR, the payer (N1*PR), the claims (CLP with CAS and SVC) and the provider-level
/// adjustments (PLB). Becomes one <see cref="PaymentBatch"/>; checks BPR02 = sum CLP04 - sum PLB amounts.
/// </summary>
/// <param name="builder">The file's claim builder, set here to this transaction's version and component separator.</param>
/// <param name="claimItems">The file's list for the claims' items, empty: this transaction fills it and empties it at its end.</param>
internal sealed class Era835Transaction(
    X12Segment st, string file, X12Delimiters delimiters, bool version5010, ItemIds ids, ClaimBuilder builder, List<PaymentItem> claimItems,
    X12Problems problems)
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "ACH", "CHK", "NON", "BOP", "FWT" };

    // The claims' items go to claimItems as each claim closes; one made before the payer's name (N1*PR) was read gets it at the end.
    private decimal claimTotal;
    private readonly List<PlbAdjustment> plbs = [];
    // The BPR's location once read: the segment itself is reused by the reader.
    private string? bpr;
    private decimal? amount;
    private string? method;
    private DateOnly? date;
    private string? trn02;
    private string? trn03;
    private string currency = "USD";
    private string? payer;
    private ClaimBuilder? claim; // the builder while a claim is open

    /// <summary>Segments so far, ST included (SE01 counts ST and SE).</summary>
    public int SegmentCount { get; private set; } = 1;

    public string ControlNumber { get; } = st.Element(2);

    /// <summary>"segment N (ST)": where the transaction starts (the ST segment itself is reused by the reader).</summary>
    public string StartLocation { get; } = st.Location;

    public void Add(X12Segment segment)
    {
        SegmentCount++;
        switch (segment.Id)
        {
            case "BPR": Bpr(segment); break;
            case "TRN": Trn(segment); break;
            case "CUR": Cur(segment); break;
            case "N1" when segment.Element(1) == "PR" && payer is null: payer = segment.Element(2); break;
            case "LX": FinishClaim(); break;
            case "CLP":
                FinishClaim();
                claim = builder;
                claim.Open(segment, version5010, delimiters.Component);
                break;
            case "SVC" when claim is not null: claim.Service(segment); break;
            case "CAS" when claim is not null: claim.Adjustment(segment); break;
            case "NM1" when claim is not null: claim.Party(segment); break;
            case "MIA" or "MOA" when claim is not null: claim.ClaimRemarks(segment); break;
            case "LQ" when claim is not null: claim.LineRemark(segment); break;
            case "DTM" when claim is not null: claim.Date(segment); break;
            case "SVC" or "CAS": problems.Warning(segment.Location, null, $"{segment.Id} outside a claim (no CLP before it) is ignored"); break;
            case "PLB":
                FinishClaim();
                plbs.AddRange(PlbReader.Read(segment, delimiters.Component, problems));
                break;
            default: break; // the other segments (payee, contacts, references) carry nothing the batch needs.
        }
    }

    /// <summary>Closes the transaction at its SE (null when the file ends without one) and makes the batch.</summary>
    public PaymentBatch Finish(X12Segment? se)
    {
        FinishClaim();
        if (se is not null) CheckTrailer(se);
        if (bpr is null) problems.Error(StartLocation, null, $"transaction set {ControlNumber} has no BPR: its payment amount is unknown");
        if (trn02 is null) problems.Warning(StartLocation, null, $"transaction set {ControlNumber} has no TRN02: the payment cannot be reassociated with a deposit");
        if (payer is null) problems.Warning(StartLocation, null, $"transaction set {ControlNumber} has no payer name (N1*PR)");
        CheckBalance();

        var items = new PaymentItem[claimItems.Count + plbs.Count];
        for (var i = 0; i < claimItems.Count; i++)
        {
            var item = claimItems[i];
            items[i] = item.Customer is null && payer is not null ? item with { Customer = payer } : item;
        }
        // PLB sign: a positive PLB amount is money withheld from this payment (e.g. WO recovery), a negative one
        // is money added (e.g. L6 interest). The item's gross is what it adds to the batch: -(PLB amount).
        for (var i = 0; i < plbs.Count; i++)
        {
            var p = plbs[i];
            items[claimItems.Count + i] = new PaymentItem
            {
                Id = ids.Plb(),
                Kind = "plb",
                Gross = -p.Amount,
                Fee = 0m,
                Text = p.Text,
                Customer = payer,
                Location = X12Segment.FileLocation(file, p.Segment.Number, p.Segment.Id),
            };
        }
        claimItems.Clear();

        return new PaymentBatch
        {
            Kind = "era_835",
            Id = trn02 ?? "ST" + ControlNumber,
            Date = date,
            Amount = amount ?? 0m,
            Currency = currency,
            Trace = trn02 is null ? null : trn03 is null ? trn02 : trn02 + " " + trn03,
            Payer = payer,
            Items = items,
            Method = method,
            Location = $"{file}:{StartLocation} ST02={ControlNumber}",
        };
    }

    private void Bpr(X12Segment segment)
    {
        if (bpr is not null) { problems.Warning(segment.Location, null, $"a second BPR in one transaction is ignored (the first is {bpr})"); return; }
        bpr = segment.Location;
        var value = problems.Amount(segment, 2, required: true, ProblemSeverity.Error);
        if (value < 0m) problems.Warning(segment, 2, $"BPR02 {segment.Element(2)} is negative; the direction belongs in BPR03 (read as sent)");
        var direction = segment.Element(3);
        if (direction is not ("C" or "D")) problems.Warning(segment, 3, $"'{direction}' is not C (credit) or D (debit); read as credit");
        amount = direction == "D" ? -value : value;
        method = segment.Element(4);
        if (!Methods.Contains(method)) problems.Warning(segment, 4, $"'{method}' is not a payment method (ACH, CHK, NON, BOP, FWT)");
        var dateText = segment.Element(16);
        if (X12Values.TryDate(dateText, out var parsed)) date = parsed;
        else problems.Warning(segment, 16, dateText.Length == 0 ? "the payment date is missing" : $"'{dateText}' is not a date (CCYYMMDD)");
    }

    private void Trn(X12Segment segment)
    {
        if (trn02 is not null) return; // one reassociation trace per transaction; the header TRN comes first.
        if (segment.Element(2).Length == 0) { problems.Warning(segment, 2, "the trace number is missing"); return; }
        trn02 = segment.Element(2);
        trn03 = segment.Element(3).Length > 0 ? segment.Element(3) : null;
    }

    private void Cur(X12Segment segment)
    {
        var code = segment.Element(2).ToUpperInvariant();
        if (CurrencyInfo.IsWellFormed(code)) currency = code;
        else problems.Warning(segment, 2, $"'{segment.Element(2)}' is not an ISO 4217 currency code; USD assumed");
    }

    private void FinishClaim()
    {
        if (claim is null) return;
        claim.Close();
        claimTotal += claim.Paid;
        claimItems.Add(claim.Item(ids.Claim(claim.PatientControlNumber), file, payer));
        claim = null;
    }

    private void CheckBalance()
    {
        if (bpr is null || amount is not { } paid) return;
        var plbTotal = plbs.Sum(p => p.Amount);
        var expected = claimTotal - plbTotal;
        if (expected == paid) return;
        problems.Warning(bpr, X12Segment.FieldOf("BPR", 2),
            $"the payment does not balance: sum of CLP04 {X12Values.Show(claimTotal)} - sum of PLB amounts {X12Values.Show(plbTotal)} "
            + $"= {X12Values.Show(expected)}, but the payment (BPR02 signed by BPR03) is {X12Values.Show(paid)} (difference {X12Values.Show(paid - expected)})");
    }

    private void CheckTrailer(X12Segment se)
    {
        var count = SegmentCount + 1;
        if (!int.TryParse(se.Element(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stated)
            || stated != count)
        {
            problems.Warning(se, 1, $"SE01 says {se.Element(1)} segments but transaction set {ControlNumber} has {count} (ST and SE included)");
        }
        if (se.Element(2) != ControlNumber) problems.Warning(se, 2, $"SE02 '{se.Element(2)}' does not match ST02 '{ControlNumber}'");
    }
}
