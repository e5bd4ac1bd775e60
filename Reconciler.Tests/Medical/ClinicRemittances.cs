namespace Reconciler.Tests.Medical;

/// <summary>
/// The made-up clinic of the three-night test: its billing export and the payers' 835s (5010 and 4010), each balancing
/// (line, claim and transaction). The figures are constants the test recomputes its expectations from.
/// </summary>
internal static class ClinicRemittances
{
    // Patient names that must appear only on patient statements.
    public static readonly string[] Names = ["QUILLBY", "MARGOT", "FENWORTH", "OSWIN", "BRAMBLEDOWN", "TESSIA"];

    public const string Export =
        "invoice_number,customer_id,customer_name,issue_date,due_date,currency,amount,open_amount,patient_id,patient_name,secondary_payer_id\n"
        + "CLM-A,P-AETNA,Aetna,2025-03-01,2025-03-31,USD,500.00,500.00,PT-1,\"QUILLBY, MARGOT\",\n"
        + "CLM-B,P-AETNA,Aetna,2025-03-02,2025-04-01,USD,300.00,300.00,PT-2,\"FENWORTH, OSWIN\",P-MEDI\n"
        + "CLM-C,P-AETNA,Aetna,2025-03-03,2025-04-02,USD,200.00,200.00,,,\n"
        + "CLM-D,P-AETNA,Aetna,2025-03-04,2025-04-03,USD,180.00,180.00,PT-1,\"QUILLBY, MARGOT\",\n";

    // Night 1, Aetna (5010). CLM-A: PR deductible, coinsurance, co-pay. CLM-B: the export names a secondary payer.
    // CLM-C: forwarded to a crossover carrier (CLP02 19, NM1*TT). CLM-D: denied for missing authorisation.
    public const decimal A_Charge = 500m, A_Paid = 350m, A_Co = 50m, A_Deductible = 60m, A_Coinsurance = 30m, A_Copay = 10m;
    public const decimal B_Charge = 300m, B_Paid = 200m, B_Co = 40m, B_Coinsurance = 60m;
    public const decimal C_Charge = 200m, C_Paid = 120m, C_Co = 30m, C_Deductible = 50m;
    public const decimal D_Charge = 180m;

    public static string PrimaryNight1 => Wrap5010("000000201",
        $"BPR*I*{A_Paid + B_Paid + C_Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250315~"
        + "TRN*1*EFT201*1512345678~DTM*405*20250314~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-A*1*{A_Charge}*{A_Paid}*{A_Deductible + A_Coinsurance + A_Copay}*12*ICNA1~NM1*QC*1*QUILLBY*MARGOT****MI*W111~DTM*232*20250301~"
        + $"SVC*HC:99214*{A_Charge}*{A_Paid}**1~DTM*472*20250301~CAS*CO*45*{A_Co}~CAS*PR*1*{A_Deductible}**2*{A_Coinsurance}**3*{A_Copay}~"
        + $"CLP*CLM-B*1*{B_Charge}*{B_Paid}*{B_Coinsurance}*12*ICNB1~NM1*QC*1*FENWORTH*OSWIN****MI*W222~"
        + $"SVC*HC:99213:25*{B_Charge}*{B_Paid}**1~DTM*472*20250302~CAS*CO*45*{B_Co}~CAS*PR*2*{B_Coinsurance}~"
        + $"CLP*CLM-C*19*{C_Charge}*{C_Paid}*{C_Deductible}*12*ICNC1~NM1*QC*1*BRAMBLEDOWN*TESSIA****MI*W333~NM1*TT*2*SECOND MUTUAL*****PI*SEC01~"
        + $"SVC*HC:85025*{C_Charge}*{C_Paid}**1~DTM*472*20250303~CAS*CO*45*{C_Co}~CAS*PR*1*{C_Deductible}~"
        + $"CLP*CLM-D*4*{D_Charge}*0*0*12*ICND1~NM1*QC*1*QUILLBY*MARGOT****MI*W111~MIA*0***0*N54~"
        + $"SVC*HC:97110*{D_Charge}*0**1~DTM*472*20250304~CAS*CO*197*{D_Charge}~LQ*HE*N54~");

    // Night 2: the secondary payers answer. Medicaid (4010) pays CLM-B's secondary item; the crossover carrier (5010) CLM-C's.
    // Each repeats the whole charge, takes off what the primary covered (OA-23) and leaves its own PR to the patient.
    public const decimal B2_Paid = 45m, B2_Coinsurance = 15m, C2_Paid = 40m, C2_Deductible = 10m;

    public static string Medicaid4010 =>
        "ISA*00*          *00*          *ZZ*STATEMEDI      *ZZ*SMITHCLINIC    *250316*0630*U*00401*000000302*0*P*:~\n"
        + "GS*HP*STATEMEDI*SMITHCLINIC*20250316*0630*302*X*004010X091A1~\nST*835*3021~\n"
        + $"BPR*I*{B2_Paid}*C*CHK************20250316~\nTRN*1*CHK302*1999999999~\nN1*PR*STATE MEDICAID~\nN1*PE*SMITH CLINIC*FI*382999999~\nLX*1~\n"
        + $"CLP*CLM-B*2*{B_Charge}*{B2_Paid}*{B2_Coinsurance}*MC*ICNB2~\nNM1*QC*1*FENWORTH*OSWIN****MI*MCD222~\n"
        + $"SVC*HC:99213:25*{B_Charge}*{B2_Paid}**1~\nDTM*150*20250302~\nCAS*OA*23*{B_Charge - B2_Paid - B2_Coinsurance}~\nCAS*PR*2*{B2_Coinsurance}~\n"
        + "SE*13*3021~\nGE*1*302~\nIEA*1*000000302~\n";

    public static string Crossover5010 => Wrap5010("000000303",
        $"BPR*I*{C2_Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250316~"
        + "TRN*1*EFT303*1888888888~N1*PR*SECOND MUTUAL~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-C*2*{C_Charge}*{C2_Paid}*{C2_Deductible}*12*ICNC2~NM1*QC*1*BRAMBLEDOWN*TESSIA****MI*W333~"
        + $"SVC*HC:85025*{C_Charge}*{C2_Paid}**1~DTM*472*20250303~CAS*OA*23*{C_Charge - C2_Paid - C2_Deductible}~CAS*PR*1*{C2_Deductible}~");

    // Night 3: Aetna pays the appealed CLM-D, less a contractual adjustment.
    public const decimal D3_Paid = 150m, D3_Co = 30m;

    public static string AppealPaid => Wrap5010("000000404",
        $"BPR*I*{D3_Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250317~"
        + "TRN*1*EFT404*1512345678~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-D*1*{D_Charge}*{D3_Paid}*0*12*ICND3~NM1*QC*1*QUILLBY*MARGOT****MI*W111~"
        + $"SVC*HC:97110*{D_Charge}*{D3_Paid}**1~DTM*472*20250304~CAS*CO*45*{D3_Co}~");

    /// <summary>A 5010 interchange around one transaction, control numbers its own, SE counting its segments.</summary>
    internal static string Wrap5010(string control, string body)
    {
        var count = body.Count(c => c == '~') + 2;
        var group = control.TrimStart('0');
        return $"ISA*00*          *00*          *ZZ*PAYER          *ZZ*SMITHCLINIC    *250315*0630*^*00501*{control}*0*P*:~\n"
            + $"GS*HP*PAYER*SMITHCLINIC*20250315*0630*{group}*X*005010X221A1~\nST*835*0001~\n"
            + body.Replace("~", "~\n", StringComparison.Ordinal)
            + $"SE*{count}*0001~\nGE*1*{group}~\nIEA*1*{control}~\n";
    }
}
