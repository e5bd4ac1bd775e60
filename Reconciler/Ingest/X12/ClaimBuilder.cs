using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.X12;

/// <summary>
/// One claim (loop 2100): the CLP, its claim-level CAS, the patient and crossover carrier (NM1*QC, NM1*TT),
/// remarks (MIA, MOA), the statement date (DTM*232) and its service lines (loop 2110: SVC, DTM*472, CAS, LQ*HE).
/// Checks both balancing rules: per service line SVC02 - service CAS = SVC03, and per claim
/// CLP03 - (claim CAS + service CAS) = CLP04; a claim that fails one carries the failed check, so it is not posted.
/// The patient's name goes only into a <see cref="PatientName"/>, never into a message. One builder reads
/// the claims of a file one after another.
/// </summary>
internal sealed class ClaimBuilder
{
    // 5010 codes, plus the 4010 ones (5 pended, 10-17, 27) that older files still carry.
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal)
    {
        "1", "2", "3", "4", "5", "10", "13", "15", "16", "17", "19", "20", "21", "22", "23", "25", "27",
    };

    private readonly X12Problems problems;
    // The transaction's, set as each claim opens.
    private bool version5010;
    private char componentSeparator;

    // The adjustments of the claim being read (claim and service level); the claim's item gets them as an exact array.
    private readonly List<ClaimAdjustment> adjustments = [];
    private readonly List<ServiceLinePayment> lines = [];
    private readonly List<string> remarks = [];
    // Procedure qualifiers, codes and modifiers repeat from line to line: one string each for the file.
    private readonly SharedTexts procedureCodes = new(capacity: 4096);
    // Patients' last and first names repeat across claims (the same patient, common names): one string each for the file.
    private readonly SharedTexts nameParts = new(capacity: 65536);

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
    private ServiceLineBuilder? service;
    private decimal patientResponsibility;
    private PatientName? patient;
    private string? memberId;
    private string? crossover;
    private string? crossoverId;
    private DateOnly? statementDate;
    private string? balanceProblem;

    /// <summary>A builder for the claims of one file, read one after another (see <see cref="Open"/>).</summary>
    public ClaimBuilder(X12Problems problems) => this.problems = problems;

    /// <summary>
    /// Starts the claim of <paramref name="clp"/> in a transaction of that version and component separator; the claim
    /// before it must have been closed and its item made.
    /// </summary>
    public void Open(X12Segment clp, bool version5010, char componentSeparator)
    {
        this.version5010 = version5010;
        this.componentSeparator = componentSeparator;
        adjustments.Clear();
        lines.Clear();
        remarks.Clear();
        claimCas = 0m;
        serviceCas = 0m;
        service = null;
        patientResponsibility = 0m;
        unreadableClp05 = null;
        clp05 = null;
        patient = null;
        memberId = crossover = crossoverId = balanceProblem = null;
        statementDate = null;
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
        if (X12Values.TryAmount(patientText, out var patientAmount)) clp05 = patientAmount;
        else if (patientText.Length > 0) unreadableClp05 = patientText.ToString();
    }

    public string PatientControlNumber { get; private set; } = "";

    /// <summary>CLP04, the claim payment amount (0 when missing or unreadable, which is reported as an error).</summary>
    public decimal Paid { get; private set; }

    public bool PaidIsKnown { get; private set; }

    public void Service(X12Segment svc)
    {
        CloseService();
        // SVC01 is "qualifier:code[:modifiers...]".
        var (qualifier, code, modifiers) = ServiceLineBuilder.Procedure(svc.Span(1), componentSeparator, procedureCodes);
        if (qualifier.Length == 0) problems.Warning(svc, 1, "the composite procedure (qualifier and code) is missing");
        else if (code.Length == 0) problems.Warning(svc, 1, $"'{svc.Element(1)}' has no procedure code after the qualifier (the component separator, ISA16, is '{componentSeparator}')");
        var lineCharge = problems.Amount(svc, 2, required: true, ProblemSeverity.Warning);
        var linePaid = problems.Amount(svc, 3, required: true, ProblemSeverity.Warning);
        service = new ServiceLineBuilder(svc.Number, svc.Id, qualifier, code, modifiers, lineCharge, linePaid);
    }

    public void Adjustment(X12Segment cas)
    {
        var before = adjustments.Count;
        var sum = CasReader.Read(cas, version5010, problems, adjustments);
        if (service is not null)
        {
            service.AdjustmentTotal += sum;
            for (var i = before; i < adjustments.Count; i++) service.Adjustments.Add(adjustments[i]);
        }
        else claimCas += sum;
    }

    /// <summary>NM1 inside the claim: QC (patient: name kept hidden, member id) and TT (crossover carrier); others are not needed.</summary>
    public void Party(X12Segment nm1)
    {
        var role = nm1.Span(1);
        if (role.SequenceEqual("QC"))
        {
            patient = new PatientName(nameParts.Share(nm1.Span(3)), nameParts.Share(nm1.Span(4)));
            if (nm1.Span(9).Length > 0) memberId = nm1.Element(9);
        }
        else if (role.SequenceEqual("TT"))
        {
            crossover = nm1.Span(3).Length > 0 ? nm1.Element(3) : null;
            crossoverId = nm1.Span(9).Length > 0 ? nm1.Element(9) : null;
            crossover ??= crossoverId;
        }
    }

    /// <summary>MIA (inpatient: MIA05, MIA20-23) and MOA (outpatient: MOA03-07) carry the claim's remark codes.</summary>
    public void ClaimRemarks(X12Segment segment)
    {
        ReadOnlySpan<int> fields = segment.Id == "MIA" ? [5, 20, 21, 22, 23] : [3, 4, 5, 6, 7];
        foreach (var index in fields)
        {
            if (segment.Span(index).Length > 0) AddOnce(remarks, segment.Element(index));
        }
    }

    /// <summary>LQ*HE on a service line: one remark code (RARC).</summary>
    public void LineRemark(X12Segment lq)
    {
        if (!lq.Span(1).SequenceEqual("HE") || lq.Span(2).Length == 0) return;
        if (service is null) { AddOnce(remarks, lq.Element(2)); return; }
        AddOnce(service.Remarks, lq.Element(2));
    }

    /// <summary>DTM*232 (claim statement from), DTM*472 / 150 (service date, service period start).</summary>
    public void Date(X12Segment dtm)
    {
        var qualifier = dtm.Span(1);
        var isService = qualifier.SequenceEqual("472") || qualifier.SequenceEqual("150");
        if (!isService && !qualifier.SequenceEqual("232")) return;
        if (!X12Values.TryDate(dtm.Span(2), out var date))
        {
            problems.Warning(dtm, 2, $"'{dtm.Element(2)}' is not a date (CCYYMMDD)");
            return;
        }
        if (isService && service is not null) service.ServiceDate ??= date;
        else statementDate ??= date;
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
            Patient = patient,
            PatientMemberId = memberId,
            CrossoverCarrier = crossover,
            CrossoverCarrierId = crossoverId,
            Remarks = remarks.Count == 0 ? [] : remarks.ToArray(),
            ServiceDate = statementDate ?? EarliestLineDate(),
            ServiceLines = lines.Count == 0 ? [] : lines.ToArray(),
            BalanceProblem = balanceProblem,
        },
    };

    private DateOnly? EarliestLineDate()
    {
        DateOnly? earliest = null;
        foreach (var line in lines)
        {
            if (line.ServiceDate is { } d && (earliest is null || d < earliest)) earliest = d;
        }
        return earliest;
    }

    private static void AddOnce(List<string> codes, string code)
    {
        if (!codes.Contains(code)) codes.Add(code);
    }

    private void CheckClaimBalance()
    {
        if (charge is not { } total || !PaidIsKnown) return;
        var expected = total - claimCas - serviceCas;
        if (expected == Paid) return;
        var message = $"the claim does not balance: CLP03 {X12Values.Show(total)} - adjustments {X12Values.Show(claimCas + serviceCas)} "
            + $"(claim level {X12Values.Show(claimCas)}, service lines {X12Values.Show(serviceCas)}) = {X12Values.Show(expected)}, "
            + $"but CLP04 is {X12Values.Show(Paid)} (difference {X12Values.Show(Paid - expected)})";
        problems.Warning(X12Segment.LocationOf(clpNumber, clpId), X12Segment.FieldOf(clpId, 4), message);
        balanceProblem ??= $"claim {PatientControlNumber}: {message}";
    }

    private void CloseService()
    {
        if (service is not { } line) return;
        service = null;
        serviceCas += line.AdjustmentTotal;
        lines.Add(line.Build());
        if (line.Charge is not { } lineCharge || line.Paid is not { } linePaid) return;
        var expected = lineCharge - line.AdjustmentTotal;
        if (expected == linePaid) return;
        var message = $"the service line does not balance: SVC02 {X12Values.Show(lineCharge)} - adjustments {X12Values.Show(line.AdjustmentTotal)} "
            + $"= {X12Values.Show(expected)}, but SVC03 is {X12Values.Show(linePaid)}";
        problems.Warning(X12Segment.LocationOf(line.Number, line.Id), X12Segment.FieldOf(line.Id, 3), message);
        balanceProblem ??= $"claim {PatientControlNumber}, service line {lines.Count} ({X12Segment.LocationOf(line.Number, line.Id)}): {message}";
    }
}
