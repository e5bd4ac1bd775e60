namespace Reconciler.Tools.Generate;

/// <summary>
/// A camt.053.001.08 statement (FORMATS.md §2): one Stmt for the period with OPBD and CLBD balances that prove
/// (opening + booked credits − booked debits = closing), a TxsSummry with counts, sums and the net, and one
/// Ntry per line with its TxDtls (end-to-end id, debtor name in Dbtr/Pty/Nm, remittance as Ustrd or a
/// structured CINV document number). Entries go to a scratch file first because the balances and summary
/// precede them. The truth key is the entry's AcctSvcrRef.
/// </summary>
internal sealed class CamtWriter : IBankWriter
{
    private const string Ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private readonly string _path;
    private readonly string _scratchPath;
    private readonly StreamWriter _scratch;
    private readonly string _account;
    private readonly decimal _opening;
    private readonly DateOnly _created;
    private readonly Random _random;
    private decimal _credits, _debits;
    private long _creditCount, _debitCount;
    private DateOnly? _first, _last;
    private int _sequence;

    public CamtWriter(string folder, string fileName, string account, decimal opening, DateOnly created, Random random)
    {
        FileName = fileName;
        _path = Path.Combine(folder, fileName);
        _scratchPath = Path.Combine(folder, "." + fileName + ".part");
        _scratch = Files.Create(_scratchPath);
        _account = account;
        _opening = opening;
        _created = created;
        _random = random;
    }

    public string FileName { get; }

    /// <summary>The closing booked balance (the next night's statement opens with it).</summary>
    public decimal Closing => _opening + _credits - _debits;

    public string Write(BankEntry entry)
    {
        _sequence++;
        _first ??= entry.Date;
        _last = entry.Date;
        var reference = $"BK{entry.Date:yyMMdd}{_sequence:D8}";
        var amount = Text.Money(Math.Abs(entry.Amount));
        var direction = entry.IsCredit ? "CRDT" : "DBIT";
        if (entry.IsCredit) { _credits += entry.Amount; _creditCount++; }
        else { _debits -= entry.Amount; _debitCount++; }
        var (family, subFamily, domain) = Codes(entry);
        var w = _scratch;
        w.Write($"<Ntry><NtryRef>{_sequence}</NtryRef><Amt Ccy=\"USD\">{amount}</Amt><CdtDbtInd>{direction}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>");
        w.Write($"<BookgDt><Dt>{Text.Iso(entry.Date)}</Dt></BookgDt><ValDt><Dt>{Text.Iso(entry.Date)}</Dt></ValDt><AcctSvcrRef>{reference}</AcctSvcrRef>");
        w.Write($"<BkTxCd><Domn><Cd>{domain}</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{subFamily}</SubFmlyCd></Fmly></Domn></BkTxCd>");
        w.Write("<NtryDtls><TxDtls>");
        var endToEnd = entry.References.Count == 1 && _random.Next(3) == 0 ? entry.References[0].Replace(' ', '-') : "NOTPROVIDED";
        w.Write($"<Refs><AcctSvcrRef>{reference}</AcctSvcrRef><EndToEndId>{Text.Xml(Truncate(endToEnd, 35))}</EndToEndId></Refs>");
        w.Write($"<Amt Ccy=\"USD\">{amount}</Amt><CdtDbtInd>{direction}</CdtDbtInd>");
        if (entry.Payer is { } payer)
        {
            var party = entry.IsCredit ? "Dbtr" : "Cdtr";
            w.Write($"<RltdPties><{party}><Pty><Nm>{Text.Xml(Truncate(payer, 140))}</Nm></Pty></{party}></RltdPties>");
        }
        if (entry.References.Count > 0 && _random.Next(2) == 0)
        {
            w.Write("<RmtInf>");
            foreach (var r in entry.References)
                w.Write($"<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>{Text.Xml(Truncate(r, 35))}</Nb></RfrdDocInf></Strd>");
            w.Write("</RmtInf>");
        }
        else
        {
            w.Write($"<RmtInf><Ustrd>{Text.Xml(Truncate(entry.Text, 140))}</Ustrd></RmtInf>");
        }
        if (entry.Kind == EntryKind.Return) w.Write("<RtrInf><Rsn><Cd>AM04</Cd></Rsn><AddtlInf>R01 INSUFFICIENT FUNDS</AddtlInf></RtrInf>");
        w.Write($"</TxDtls></NtryDtls><AddtlNtryInf>{Text.Xml(Truncate(entry.Text, 500))}</AddtlNtryInf></Ntry>\n");
        return reference;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static (string Family, string SubFamily, string Domain) Codes(BankEntry entry) => entry.Kind switch
    {
        EntryKind.AchCredit or EntryKind.ProcessorDeposit => ("RCDT", "ACDT", "PMNT"),
        EntryKind.Wire => ("RCDT", "DMCT", "PMNT"),
        EntryKind.Check or EntryKind.Lockbox => ("RCHQ", "CCHQ", "PMNT"),
        EntryKind.Return => ("RCDT", "RRTN", "PMNT"),
        EntryKind.AchDebit => ("IDDT", "ESDD", "PMNT"),
        EntryKind.CheckPaid => ("ICHQ", "CCHQ", "PMNT"),
        EntryKind.Fee => ("MDOP", "CHRG", "ACMT"),
        EntryKind.WireOut => ("ICDT", "DMCT", "PMNT"),
        _ => ("MCRD", "OTHR", "PMNT"),
    };

    public void Finish()
    {
        _scratch.Dispose();
        var first = _first ?? _created.AddDays(-1);
        var last = _last ?? first;
        var closing = _opening + _credits - _debits;
        var net = _credits - _debits;
        using var w = Files.Create(_path);
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.Write($"<Document xmlns=\"{Ns}\">\n<BkToCstmrStmt>\n");
        w.Write($"<GrpHdr><MsgId>STMT-{_created:yyyyMMdd}-{_account[^4..]}</MsgId><CreDtTm>{Text.Iso(_created)}T06:00:00-06:00</CreDtTm></GrpHdr>\n");
        w.Write($"<Stmt><Id>{_created:yyyyMMdd}-USD-01</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>{Text.Iso(_created)}T06:00:00-06:00</CreDtTm>");
        w.Write($"<FrToDt><FrDtTm>{Text.Iso(first)}T00:00:00-06:00</FrDtTm><ToDtTm>{Text.Iso(last)}T23:59:59-06:00</ToDtTm></FrToDt>\n");
        w.Write($"<Acct><Id><Othr><Id>{_account}</Id></Othr></Id><Ccy>USD</Ccy><Svcr><FinInstnId><BICFI>LAKEUS44XXX</BICFI></FinInstnId></Svcr></Acct>\n");
        w.Write(Balance("OPBD", _opening, first));
        w.Write(Balance("CLBD", closing, last));
        w.Write($"<TxsSummry><TtlNtries><NbOfNtries>{_creditCount + _debitCount}</NbOfNtries><Sum>{Text.Money(_credits + _debits)}</Sum>");
        w.Write($"<TtlNetNtry><Amt>{Text.Money(Math.Abs(net))}</Amt><CdtDbtInd>{(net < 0 ? "DBIT" : "CRDT")}</CdtDbtInd></TtlNetNtry></TtlNtries>");
        w.Write($"<TtlCdtNtries><NbOfNtries>{_creditCount}</NbOfNtries><Sum>{Text.Money(_credits)}</Sum></TtlCdtNtries>");
        w.Write($"<TtlDbtNtries><NbOfNtries>{_debitCount}</NbOfNtries><Sum>{Text.Money(_debits)}</Sum></TtlDbtNtries></TxsSummry>\n");
        w.Flush();
        using (var body = File.OpenRead(_scratchPath)) body.CopyTo(w.BaseStream);
        w.Write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
    }

    private static string Balance(string code, decimal amount, DateOnly date) =>
        $"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"USD\">{Text.Money(Math.Abs(amount))}</Amt>"
        + $"<CdtDbtInd>{(amount < 0 ? "DBIT" : "CRDT")}</CdtDbtInd><Dt><Dt>{Text.Iso(date)}</Dt></Dt></Bal>\n";

    public void Dispose()
    {
        _scratch.Dispose();
        if (File.Exists(_scratchPath)) File.Delete(_scratchPath);
    }
}
