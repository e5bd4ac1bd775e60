using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// One claim (loop 2100): the CLP, its claim-level CAS, and its service lines (loop 2110: SVC and their
/// CAS). Checks both balancing rules: per service line SVC02 - service CAS = SVC03, and per claim
/// CLP03 - (claim CAS + service CAS) = CLP04. Patient and other party names (NM1) are never read. One builder reads
/// the claims of a transaction one after another, so a claim costs its item and little more.
/// </summary>
internal sealed class ClaimBuilder
{
    // 5010 codes, plus the 4010 ones (5 pended, 10-17, 27) that older files still carry.
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal)
    {
        "1", "2", "3", "4", "5", "10", "13", "15", "16", "17", "19", "20", "21", "22", "23", "25", "27",
    };

    private readonly X12Problems problems;
    private readonly bool version5010;
    private readonly char componentSeparator;

    // The adjustments of the claim being read; the claim's item gets them as an exact array.
    private readonly List<ClaimAdjustment> adjustments = [];

    // The CLP itself is not kept (the reader reuses its segment): only its number and the values the claim needs.
    private int clpNumber;
    private string clpId = "";
    private string status = "";
    private string? payerClaimId;
    private decimal? charge;
    private decimal? clp05;
    private string? unreadableClp05;
    private decimal claimCas;
    private decimal serviceCas;
    private ServiceLine? service;
    private decimal patientResponsibility;

    /// <summary>A builder for the claims of one transaction, read one after another (see <see cref="Open"/>).</summary>
    public ClaimBuilder(bool version5010, char componentSeparator, X12Problems problems)
    {
        this.problems = problems;
        this.version5010 = version5010;
        this.componentSeparator = componentSeparator;
    }

    /// <summary>Starts the claim of <paramref name="clp"/>; the claim before it must have been closed and its item made.</summary>
    public void Open(X12Segment clp)
    {
        adjustments.Clear();
        claimCas = 0m;
        serviceCas = 0m;
        service = null;
        patientResponsibility = 0m;
        unreadableClp05 = null;
        clp05 = null;
        clpNumber = clp.Number;
        clpId = clp.Id;
        PatientControlNumber = clp.Element(1);
        status = clp.Element(2);
        payerClaimId = clp.Span(7).Length > 0 ? clp.Element(7) : null;
        if (PatientControlNumber.Length == 0) problems.Error(clp, 1, "the patient control number is missing");
        if (status.Length == 0) problems.Warning(clp, 2, "the claim status is missing");
        else if (!Statuses.Contains(status)) problems.Warning(clp, 2, $"'{status}' is not a claim status code");
        charge = problems.Amount(clp, 3, required: true, ProblemSeverity.Warning);
        var paid = problems.Amount(clp, 4, required: true, ProblemSeverity.Error);
        Paid = paid ?? 0m;
        PaidIsKnown = paid is not null; // present and readable
        // CLP05 is read now but, as before, reported at the claim's close (after its balance), in the order of the checks.
        var patientText = clp.Span(5);
        if (X12Values.TryAmount(patientText, out var patient)) clp05 = patient;
        else if (patientText.Length > 0) unreadableClp05 = patientText.ToString();
    }

    public string PatientControlNumber { get; private set; } = "";

    /// <summary>CLP04, the claim payment amount (0 when missing or unreadable, which is reported as an error).</summary>
    public decimal Paid { get; private set; }

    public bool PaidIsKnown { get; private set; }

    public void Service(X12Segment svc)
    {
        CloseService();
        // SVC01 is "qualifier:code[:...]": both parts are looked at in place, the text is made only for a message.
        var procedure = svc.Span(1);
        var cut = procedure.IndexOf(componentSeparator);
        var qualifier = cut < 0 ? procedure : procedure[..cut];
        var code = cut < 0 ? default : procedure[(cut + 1)..];
        var codeEnd = code.IndexOf(componentSeparator);
        if (codeEnd >= 0) code = code[..codeEnd];
        if (qualifier.Length == 0) problems.Warning(svc, 1, "the composite procedure (qualifier and code) is missing");
        else if (cut < 0 || code.Length == 0) problems.Warning(svc, 1, $"'{svc.Element(1)}' has no procedure code after the qualifier (the component separator, ISA16, is '{componentSeparator}')");
        var lineCharge = problems.Amount(svc, 2, required: true, ProblemSeverity.Warning);
        var linePaid = problems.Amount(svc, 3, required: true, ProblemSeverity.Warning);
        service = new ServiceLine(svc.Number, svc.Id, lineCharge, linePaid);
    }

    public void Adjustment(X12Segment cas)
    {
        var sum = CasReader.Read(cas, version5010, problems, adjustments);
        if (service is not null) service.Adjustments += sum;
        else claimCas += sum;
    }

    /// <summary>Closes the claim at its end (the next CLP, LX, PLB or SE): its last checks, in the order the segments came.</summary>
    public void Close()
    {
        CloseService();
        CheckClaimBalance();
        if (unreadableClp05 is not null)
        {
            problems.Warning(X12Segment.LocationOf(clpNumber, clpId), X12Segment.FieldOf(clpId, 5), $"'{unreadableClp05}' is not an X12 decimal amount");
        }
        patientResponsibility = clp05 ?? 0m;
    }

    /// <summary>The closed claim's item (<paramref name="customer"/> is null while the payer's name is not yet read).</summary>
    public PaymentItem Item(string id, string file, string? customer) => new()
    {
        Id = id,
        Kind = "claim",
        Gross = Paid,
        Fee = 0m,
        InvoiceReference = PatientControlNumber,
        Customer = customer,
        Location = X12Segment.FileLocation(file, clpNumber, clpId),
        Claim = new ClaimPayment
        {
            Status = status,
            Charge = charge ?? 0m,
            Paid = Paid,
            PatientResponsibility = patientResponsibility,
            PayerClaimId = payerClaimId,
            Adjustments = adjustments.Count == 0 ? [] : adjustments.ToArray(),
        },
    };

    private void CheckClaimBalance()
    {
        if (charge is not { } total || !PaidIsKnown) return;
        var expected = total - claimCas - serviceCas;
        if (expected == Paid) return;
        problems.Warning(X12Segment.LocationOf(clpNumber, clpId), X12Segment.FieldOf(clpId, 4),
            $"the claim does not balance: CLP03 {X12Values.Show(total)} - adjustments {X12Values.Show(claimCas + serviceCas)} "
            + $"(claim level {X12Values.Show(claimCas)}, service lines {X12Values.Show(serviceCas)}) = {X12Values.Show(expected)}, "
            + $"but CLP04 is {X12Values.Show(Paid)} (difference {X12Values.Show(Paid - expected)})");
    }

    private void CloseService()
    {
        if (service is not { } line) return;
        service = null;
        serviceCas += line.Adjustments;
        if (line.Charge is not { } lineCharge || line.Paid is not { } linePaid) return;
        var expected = lineCharge - line.Adjustments;
        if (expected == linePaid) return;
        problems.Warning(X12Segment.LocationOf(line.Number, line.Id), X12Segment.FieldOf(line.Id, 3),
            $"the service line does not balance: SVC02 {X12Values.Show(lineCharge)} - adjustments {X12Values.Show(line.Adjustments)} "
            + $"= {X12Values.Show(expected)}, but SVC03 is {X12Values.Show(linePaid)}");
    }

    private sealed class ServiceLine(int number, string id, decimal? charge, decimal? paid)
    {
        public int Number { get; } = number;

        public string Id { get; } = id;

        public decimal? Charge { get; } = charge;

        public decimal? Paid { get; } = paid;

        public decimal Adjustments { get; set; }
    }
}
