using Reconciler.Cli;
using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>The whole claim: patient, crossover carrier, remarks, service lines and statuses, in 5010 and 4010 files.</summary>
public sealed class Era835WholeClaimTests
{
    private readonly X12835Reader reader = new();

    private ClaimPayment Claim(ParsedFile parsed, string number) =>
        parsed.Batches.Single().Items.Single(i => i.InvoiceReference == number).Claim!;

    [Test]
    public void Claim5010_KeepsPatientMemberIdCrossoverCarrierAndClaimRemarks()
    {
        var parsed = Parse.Text(reader, Era835Sample.Full5010);
        var claim = Claim(parsed, "PCN-100");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(claim.PatientMemberId, Is.EqualTo("W123456789"));
        Assert.That(claim.Patient!.Reveal(), Is.EqualTo($"{Era835Sample.PatientLast}, {Era835Sample.PatientFirst}"));
        Assert.That((claim.CrossoverCarrier, claim.CrossoverCarrierId), Is.EqualTo(("SECONDARY MUTUAL", "SEC01")));
        Assert.That(claim.IsForwarded, Is.True);
        Assert.That(claim.Remarks, Is.EqualTo(new[] { "MA01", "N130" }));
        Assert.That(claim.ServiceDate, Is.EqualTo(new DateOnly(2025, 3, 1)));
        Assert.That(claim.BalanceProblem, Is.Null);
    }

    [Test]
    public void Claim5010_KeepsEachServiceLineWithModifiersDateAdjustmentsAndRemarks()
    {
        var lines = Claim(Parse.Text(reader, Era835Sample.Full5010), "PCN-100").ServiceLines;

        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That((lines[0].Qualifier, lines[0].ProcedureCode), Is.EqualTo(("HC", "99213")));
        Assert.That(lines[0].Modifiers, Is.EqualTo(new[] { "25", "59" }));
        Assert.That((lines[0].Charge, lines[0].Paid, lines[0].ServiceDate), Is.EqualTo((150m, 100m, new DateOnly(2025, 3, 1))));
        Assert.That(lines[0].Adjustments, Is.EqualTo(new[] { new ClaimAdjustment("CO", "45", 20m), new ClaimAdjustment("PR", "2", 30m) }));
        Assert.That(lines[1].Remarks, Is.EqualTo(new[] { "M15" }));
        Assert.That(lines[1].ServiceDate, Is.EqualTo(new DateOnly(2025, 3, 2)));
        // Each line balances on its own: charge - its adjustments = paid.
        Assert.That(lines.Select(l => l.Charge - l.Adjustments.Sum(a => a.Amount)), Is.EqualTo(lines.Select(l => l.Paid)));
    }

    [Test]
    public void DeniedClaim_TakesRemarksFromMiaAndItsDateFromTheServiceLine()
    {
        var claim = Claim(Parse.Text(reader, Era835Sample.Full5010), "PCN-200");

        Assert.That(claim.IsDenied, Is.True);
        Assert.That(claim.Remarks, Is.EqualTo(new[] { "N54" }));
        Assert.That(claim.AllRemarks, Is.EqualTo(new[] { "N54" }));
        Assert.That(claim.ServiceDate, Is.EqualTo(new DateOnly(2025, 3, 5)));
    }

    [Test]
    public void Claim4010_ReadsTheSameParts()
    {
        var parsed = Parse.Text(reader, Era835Sample.Claim4010);
        var claim = Claim(parsed, "OLD-1");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(claim.PatientMemberId, Is.EqualTo("373899999"));
        Assert.That(claim.Remarks, Is.EqualTo(new[] { "MA130" }));
        var line = claim.ServiceLines.Single();
        Assert.That((line.ProcedureCode, line.Modifiers.Single(), line.ServiceDate), Is.EqualTo(("T1017", "HE", (DateOnly?)new DateOnly(2008, 1, 11))));
        Assert.That(line.Remarks, Is.EqualTo(new[] { "M80" }));
        Assert.That(claim.PatientResponsibility, Is.EqualTo(10m));
    }

    [TestCase("1")] [TestCase("2")] [TestCase("3")] [TestCase("4")] [TestCase("19")] [TestCase("20")]
    [TestCase("21")] [TestCase("22")] [TestCase("23")] [TestCase("25")]
    public void EveryClaimStatus_IsReadAsSent_WithoutAProblem(string status)
    {
        var parsed = Parse.Text(reader, Era835Sample.Statuses([status]));

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(Claim(parsed, $"ST-{status}").Status, Is.EqualTo(status));
    }

    [Test]
    public void UnbalancedClaim_CarriesTheFailedCheckWithItsFigures()
    {
        var parsed = Parse.Text(reader, Era835Sample.Unbalanced);
        var claim = Claim(parsed, "PCN-300");

        Assert.That(claim.BalanceProblem, Does.Contain("PCN-300").And.Contain("CLP03 100.00").And.Contain("= 80.00").And.Contain("CLP04 is 90.00"));
        Assert.That(parsed.Problems.Select(p => p.Field), Does.Contain("CLP04"));
        Assert.That(claim.Adjustments.Single().Amount, Is.EqualTo(20m), "no balancing plug line is made up");
    }

    [Test]
    public void UnbalancedServiceLine_NamesTheLineInTheClaimsCheck()
    {
        var parsed = Parse.Text(reader, X12Sample.Wrap(
            "BPR*I*50*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250314~TRN*1*E6*1512345678~N1*PR*P~LX*1~"
            + "CLP*PCN-400*1*100*50*0*12*ICN4~CAS*CO*45*50~SVC*HC:99213*100*60**1~"));

        Assert.That(Claim(parsed, "PCN-400").BalanceProblem, Does.Contain("service line 1").And.Contain("SVC03 is 60.00"));
    }

    [Test]
    public void InspectJson_ShowsTheNewClaimFields_ButNeverThePatientsName()
    {
        var json = InspectJson.Render(Parse.Text(reader, Era835Sample.Full5010));

        Assert.That(json, Does.Contain("\"patient_member_id\": \"W123456789\"").Or.Contain("\"patient_member_id\":\"W123456789\""));
        Assert.That(json, Does.Contain("service_lines").And.Contain("crossover_carrier").And.Contain("99213"));
        Assert.That(json, Does.Not.Contain(Era835Sample.PatientLast).And.Not.Contain(Era835Sample.PatientFirst));
    }

    [Test]
    public void PatientName_NeverShowsThroughToStringOrTheClaimsOwnText()
    {
        var claim = Claim(Parse.Text(reader, Era835Sample.Full5010), "PCN-100");

        Assert.That(claim.Patient!.ToString(), Is.EqualTo(PatientName.Placeholder));
        Assert.That(claim.ToString(), Does.Not.Contain(Era835Sample.PatientLast));
        Assert.That($"{claim.Patient}", Does.Not.Contain(Era835Sample.PatientFirst));
    }
}
