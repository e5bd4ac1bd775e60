namespace Reconciler.Tests.Ingest.X12;

/// <summary>Builds small made-up 835 interchanges for tests: the envelope around a body, with correct counts.</summary>
internal static class X12Sample
{
    public const string Isa = "ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*SMITHCLINIC    *250314*0630*^*00501*000000123*0*P*:~";

    public const string Header = "BPR*I*100*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250314~"
        + "TRN*1*EFT1*1512345678~N1*PR*ACME HEALTH PLAN~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~";

    /// <summary>ISA, GS, one ST ... SE around <paramref name="body"/> (segments with terminators), GE, IEA.</summary>
    public static string Wrap(string body)
    {
        var count = body.Count(c => c == '~') + 2;
        return Isa + "\nGS*HP*ACMEHEALTH*SMITHCLINIC*20250314*0630*123*X*005010X221A1~\nST*835*0001~\n"
            + body.Replace("~", "~\n", StringComparison.Ordinal)
            + $"SE*{count}*0001~\nGE*1*123~\nIEA*1*000000123~\n";
    }

    /// <summary>A balanced payment of 100.00 with <paramref name="claims"/> after the standard header.</summary>
    public static string Payment(string claims) => Wrap(Header + claims);
}
