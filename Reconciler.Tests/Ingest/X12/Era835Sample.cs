namespace Reconciler.Tests.Ingest.X12;

/// <summary>Made-up 835 remittances with every part of a claim the reader keeps (5010 and 4010 shapes).</summary>
internal static class Era835Sample
{
    /// <summary>A made-up patient name that must never show up in logs or inspect output.</summary>
    public const string PatientLast = "ZYXWQUILLFEATHER";

    public const string PatientFirst = "OPHELIANNA";

    /// <summary>Claim PCN-100 (status 19, forwarded; two lines with modifiers, dates, CAS and LQ), denial PCN-200; pays 150.00.</summary>
    public static string Full5010 => X12Sample.Wrap(
        "BPR*I*150*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250314~"
        + "TRN*1*EFT9*1512345678~N1*PR*ACME HEALTH PLAN~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + "CLP*PCN-100*19*250*150*40*12*ICN100~"
        + $"NM1*QC*1*{PatientLast}*{PatientFirst}****MI*W123456789~"
        + "NM1*TT*2*SECONDARY MUTUAL*****PI*SEC01~"
        + "MOA***MA01*N130~DTM*232*20250301~"
        + "SVC*HC:99213:25:59*150*100**1~DTM*472*20250301~CAS*CO*45*20~CAS*PR*2*30~LQ*HE*N130~"
        + "SVC*HC:85025*100*50**1~DTM*472*20250302~CAS*PR*1*10~CAS*CO*45*40~LQ*HE*M15~"
        + "CLP*PCN-200*4*80*0*0*12*ICN200~"
        + $"NM1*QC*1*{PatientLast}*{PatientFirst}****MI*W123456789~"
        + "MIA*0***0*N54~"
        + "SVC*HC:97110*80*0**1~DTM*472*20250305~CAS*CO*197*80~LQ*HE*N54~");

    /// <summary>One 4010 claim: 34 (SSN-style) member id, DTM*150 service date, service lines without DTM*472.</summary>
    public const string Claim4010 =
        "ISA*00*          *00*          *ZZ*OLDPLAN        *ZZ*PROVIDER1      *090220*0630*U*00401*000003447*0*P*:~\n"
        + "GS*HP*OLDPLAN*PROVIDER1*20090220*1816*3444*X*004010X091A1~\nST*835*40731~\n"
        + "BPR*I*60*C*CHK************20090220~\nTRN*1*0004926*1382999999~\nN1*PR*OLD PLAN~\nN1*PE*PROVIDER ONE*FI*382999999~\nLX*1~\n"
        + "CLP*OLD-1*1*100*60*10*MC*ICN-OLD1~\n"
        + $"NM1*QC*1*{PatientLast}*{PatientFirst}****34*373899999~\n"
        + "MOA***MA130~\n"
        + "SVC*HC:T1017:HE*100*60**6~\nDTM*150*20080111~\nCAS*CO*45*30~\nCAS*PR*3*10~\nLQ*HE*M80~\n"
        + "SE*15*40731~\nGE*1*3444~\nIEA*1*000003447~\n";

    /// <summary>PCN-300: CLP03 100 - CO-45 20 = 80, but CLP04 says 90.</summary>
    public static string Unbalanced => X12Sample.Wrap(
        "BPR*I*90*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250314~"
        + "TRN*1*EFT8*1512345678~N1*PR*ACME HEALTH PLAN~LX*1~"
        + "CLP*PCN-300*1*100*90*0*12*ICN300~CAS*CO*45*20~");

    /// <summary>One claim per CLP02 status the reader must take without complaint (each pays 0 and charges 0).</summary>
    public static string Statuses(IEnumerable<string> statuses) => X12Sample.Wrap(
        "BPR*I*0*C*NON************20250314~TRN*1*EFT7*1512345678~N1*PR*ACME HEALTH PLAN~LX*1~"
        + string.Concat(statuses.Select(s => $"CLP*ST-{s}*{s}*0*0**12*ICN{s}~")));
}
