using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Tools.Generate;

public sealed class GeneratedNightEndToEndTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    [Test]
    public void GeneratedNight_IsMatchedWithPrecisionAndRecallAboveTheIssueTargets()
    {
        using var night = new Night();
        NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 300, BankLines: 300, Seed: 11, AsOf: AsOf));

        var outcome = night.Run(AsOf);
        var reports = night.Out(AsOf);
        var score = TruthComparison.Compare(Path.Combine(night.Root, "truth.csv"), Path.Combine(reports, "applications.csv"),
            Path.Combine(reports, "exceptions.csv"), night.Inbox);

        TestContext.Out.WriteLine($"exit code {outcome.ExitCode}");
        TestContext.Out.WriteLine(score.Describe());
        Assert.That(score.JoinedApplications, Is.EqualTo(score.Applications), "every application joins a truth row");
        Assert.That(score.UnreadFiles, Is.Empty, "every generated file is readable");
        Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.999));
        Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.98));
    }
}
