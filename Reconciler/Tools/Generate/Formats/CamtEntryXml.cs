namespace Reconciler.Tools.Generate.Formats;

/// <summary>One camt.05x .08 <c>Ntry</c> as a bank writes it (FORMATS.md §2): one transaction, or a batch of several.</summary>
internal static class CamtEntryXml
{
    /// <summary>An entry with its one transaction: end-to-end id, counterparty, remittance as Ustrd or CINV documents.</summary>
    public static void Single(TextWriter w, BankEntry entry, string reference, int sequence, string status, Random random)
    {
        var amount = Text.Money(Math.Abs(entry.Amount));
        var direction = entry.IsCredit ? "CRDT" : "DBIT";
        Open(w, sequence, amount, direction, status, entry.Date, reference, entry.IsCredit ? "RCDT" : "ICDT", entry.IsCredit ? "ESCT" : "DMCT");
        w.Write("<NtryDtls><TxDtls>");
        var endToEnd = entry.References.Count == 1 ? entry.References[0] : "NOTPROVIDED";
        w.Write($"<Refs><AcctSvcrRef>{reference}</AcctSvcrRef><EndToEndId>{endToEnd}</EndToEndId></Refs>");
        w.Write($"<Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>{direction}</CdtDbtInd>");
        if (entry.Payer is { } payer) Party(w, entry.IsCredit ? "Dbtr" : "Cdtr", payer);
        Remittance(w, entry.References, entry.Text, random);
        w.Write($"</TxDtls></NtryDtls><AddtlNtryInf>{Text.Xml(entry.Text)}</AddtlNtryInf></Ntry>\n");
    }

    /// <summary>A batch-booked entry: Btch with its count and total, then one TxDtls per item; the items add up to the entry.</summary>
    public static void Batch(TextWriter w, DateOnly date, string reference, int sequence, bool credit, IReadOnlyList<(decimal Amount, string Party, string Invoice)> items)
    {
        var total = Text.Money(items.Sum(i => i.Amount));
        var direction = credit ? "CRDT" : "DBIT";
        Open(w, sequence, total, direction, "BOOK", date, reference, credit ? "RCDT" : "ICDT", "ESCT");
        w.Write($"<NtryDtls><Btch><PmtInfId>RUN-{reference}</PmtInfId><NbOfTxs>{items.Count}</NbOfTxs><TtlAmt Ccy=\"EUR\">{total}</TtlAmt><CdtDbtInd>{direction}</CdtDbtInd></Btch>");
        for (var i = 0; i < items.Count; i++)
        {
            var (amount, party, invoice) = items[i];
            w.Write($"<TxDtls><Refs><InstrId>RUN-{reference}-{i + 1}</InstrId><EndToEndId>E2E-{invoice}</EndToEndId></Refs>");
            w.Write($"<Amt Ccy=\"EUR\">{Text.Money(amount)}</Amt><CdtDbtInd>{direction}</CdtDbtInd>");
            Party(w, credit ? "Dbtr" : "Cdtr", party);
            w.Write($"<RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>{invoice}</Nb></RfrdDocInf></Strd></RmtInf></TxDtls>");
        }
        w.Write("</NtryDtls></Ntry>\n");
    }

    private static void Open(TextWriter w, int sequence, string amount, string direction, string status, DateOnly date, string reference, string family, string subFamily)
    {
        w.Write($"<Ntry><NtryRef>{sequence}</NtryRef><Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>{direction}</CdtDbtInd><Sts><Cd>{status}</Cd></Sts>");
        w.Write($"<BookgDt><Dt>{Text.Iso(date)}</Dt></BookgDt><ValDt><Dt>{Text.Iso(date)}</Dt></ValDt><AcctSvcrRef>{reference}</AcctSvcrRef>");
        w.Write($"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{subFamily}</SubFmlyCd></Fmly></Domn></BkTxCd>");
    }

    private static void Party(TextWriter w, string role, string name) =>
        w.Write($"<RltdPties><{role}><Pty><Nm>{Text.Xml(name)}</Nm></Pty></{role}></RltdPties>");

    private static void Remittance(TextWriter w, IReadOnlyList<string> references, string text, Random random)
    {
        if (references.Count > 0 && random.Next(2) == 0)
        {
            w.Write("<RmtInf>");
            foreach (var r in references) w.Write($"<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>{r}</Nb></RfrdDocInf></Strd>");
            w.Write("</RmtInf>");
        }
        else w.Write($"<RmtInf><Ustrd>{Text.Xml(text.Length <= 140 ? text : text[..140])}</Ustrd></RmtInf>");
    }
}
