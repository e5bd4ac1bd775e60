namespace Reconciler.Tools.Generate;

/// <summary>
/// One claim payment (CLP) with its adjustments (CAS group, reason, amount): claim-level, or, when it has service lines,
/// the lines' (then the claim carries no CAS of its own, so nothing is counted twice).
/// </summary>
internal sealed record EraClaim(string Number, int Status, decimal Charge, decimal Paid, decimal Patient, string PayerIcn,
    IReadOnlyList<(string Group, string Reason, decimal Amount)> Adjustments, Expected Expected)
{
    public IReadOnlyList<EraLine> Lines { get; init; } = [];

    /// <summary>The crossover carrier (NM1*TT): name and payer id.</summary>
    public (string Name, string Id)? Crossover { get; init; }

    /// <summary>Claim-level remarks (MOA03-07).</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>The patient's member id (NM1*QC NM109); a random one when null.</summary>
    public string? Member { get; init; }
}

/// <summary>One service line (SVC, DTM*472, CAS, LQ*HE): charge - its adjustments = paid.</summary>
internal sealed record EraLine(string Procedure, DateOnly Date, decimal Charge, decimal Paid,
    IReadOnlyList<(string Group, string Reason, decimal Amount)> Adjustments, IReadOnlyList<string> Remarks);

/// <summary>One provider-level adjustment (PLB reason:reference, amount; positive takes money back).</summary>
internal sealed record EraPlb(string Reason, string Reference, decimal Amount, Expected Expected);

/// <summary>
/// An X12 835 (005010X221A1, FORMATS.md §5): one interchange and group, one ST/SE transaction per payer
/// remittance with BPR (ACH, CCP, BPR02 = Σ CLP04 − Σ PLB), TRN*1*trace*payer id, payer and payee loops,
/// claims that balance (CLP03 − Σ CAS = CLP04) and PLB segments. Segments end with <c>~</c> and a line break.
/// The truth keys are the 835 reader's item ids: CLP01#n and PLB#n.
/// </summary>
internal sealed class Era835Writer : IDisposable
{
    private const string Npi = "1487719235";

    private readonly StreamWriter _writer;
    private readonly Random _random;
    private readonly Dictionary<string, int> _claimCounts = new(StringComparer.Ordinal);
    private readonly DateOnly _created;
    private int _transactions;
    private int _plbs;

    public Era835Writer(string folder, string fileName, DateOnly created, Random random)
    {
        FileName = fileName;
        _random = random;
        _created = created;
        _writer = Files.Create(Path.Combine(folder, fileName));
        var isa = $"ISA*00*{"",-10}*00*{"",-10}*ZZ*{"CLEARINGHSE",-15}*ZZ*{"NORTHCLINIC",-15}*{created:yyMMdd}*0630*^*00501*{Control:D9}*0*P*:~";
        _writer.Write(isa + "\n");
        _writer.Write($"GS*HP*CLEARINGHSE*NORTHCLINIC*{created:yyyyMMdd}*0630*{Control}*X*005010X221A1~\n");
    }

    private int Control => 4200 + _created.DayNumber % 1000;

    public string FileName { get; }

    /// <summary>Writes one payer's remittance; returns TRN02, BPR02 and the item ids (claims, then PLB adjustments).</summary>
    public (string Trace, decimal Amount, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> PlbIds) WriteTransaction(
        Names.Payer payer, DateOnly effective, IReadOnlyList<EraClaim> claims, IReadOnlyList<EraPlb> plbs)
    {
        _transactions++;
        var st = $"{_transactions:D4}";
        var trace = $"EFT{effective:yyMMdd}{_random.Next(100000, 999999)}{_transactions:D3}";
        var amount = claims.Sum(c => c.Paid) - plbs.Sum(p => p.Amount);
        var segments = new List<string>
        {
            $"ST*835*{st}*005010X221A1",
            $"BPR*I*{Text.X12Money(amount)}*C*ACH*CCP*01*021000021*DA*{payer.Ein[2..]}01*{payer.Ein}**01*071000013*DA*7654321*{effective:yyyyMMdd}",
            $"TRN*1*{trace}*{payer.Ein}",
            $"DTM*405*{effective.AddDays(-1):yyyyMMdd}",
            $"N1*PR*{payer.Name.ToUpperInvariant()}",
            "N3*PO BOX 14079",
            "N4*LEXINGTON*KY*40512",
            "PER*BL*EDI SUPPORT*TE*8005550100",
            $"N1*PE*NORTH CLINIC*XX*{Npi}",
            "REF*TJ*741234567",
            "LX*1",
        };
        var claimIds = new List<string>(claims.Count);
        foreach (var claim in claims)
        {
            _claimCounts.TryGetValue(claim.Number, out var seen);
            _claimCounts[claim.Number] = ++seen;
            claimIds.Add($"{claim.Number}#{seen}");
            segments.Add($"CLP*{claim.Number}*{claim.Status}*{Text.X12Money(claim.Charge)}*{Text.X12Money(claim.Paid)}*{Text.X12Money(claim.Patient)}*{payer.Filing}*{claim.PayerIcn}*11*1");
            if (claim.Lines.Count == 0) Cas(segments, claim.Adjustments);
            segments.Add($"NM1*QC*1*{Patients[_random.Next(Patients.Length)]}****MI*{claim.Member ?? "W" + _random.Next(100000000, 999999999)}");
            if (claim.Crossover is { } carrier) segments.Add($"NM1*TT*2*{carrier.Name}*****PI*{carrier.Id}");
            if (claim.Remarks.Count > 0) segments.Add("MOA***" + string.Join("*", claim.Remarks.Take(5)));
            segments.Add($"DTM*232*{effective.AddDays(-20 - _random.Next(40)):yyyyMMdd}");
            foreach (var line in claim.Lines)
            {
                segments.Add($"SVC*HC:{line.Procedure}*{Text.X12Money(line.Charge)}*{Text.X12Money(line.Paid)}**1");
                segments.Add($"DTM*472*{line.Date:yyyyMMdd}");
                Cas(segments, line.Adjustments);
                segments.AddRange(line.Remarks.Select(r => $"LQ*HE*{r}"));
            }
        }
        var plbIds = new List<string>(plbs.Count);
        foreach (var plb in plbs)
        {
            plbIds.Add($"PLB#{++_plbs}");
            segments.Add($"PLB*{Npi}*{effective.Year}1231*{plb.Reason}:{plb.Reference}*{Text.X12Money(plb.Amount)}");
        }
        segments.Add($"SE*{segments.Count + 1}*{st}");
        foreach (var s in segments)
        {
            _writer.Write(s);
            _writer.Write("~\n");
        }
        return (trace, amount, claimIds, plbIds);
    }

    private static void Cas(List<string> segments, IReadOnlyList<(string Group, string Reason, decimal Amount)> adjustments)
    {
        foreach (var group in adjustments.GroupBy(a => a.Group))
            segments.Add($"CAS*{group.Key}*" + string.Join("**", group.Select(a => $"{a.Reason}*{Text.X12Money(a.Amount)}")));
    }

    private static readonly string[] Patients =
        ["DOE*JANE", "ROE*RICHARD", "SMITH*ALEX", "NGUYEN*LINH", "GARCIA*MARIA", "JOHNSON*TERRENCE", "OKAFOR*ADA", "MILLER*SAM"];

    public void Finish()
    {
        _writer.Write($"GE*{_transactions}*{Control}~\n");
        _writer.Write($"IEA*1*{Control:D9}~\n");
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
