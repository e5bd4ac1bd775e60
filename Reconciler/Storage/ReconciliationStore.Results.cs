namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    public NightWriter BeginNight(string runId, DateOnly asOf)
    {
        ForgetIngestedLines();
        return new(this, runId, asOf);
    }

    /// <summary>The night's results in one transaction, through the night writer.</summary>
    public void CompleteRun(CompletedRun run)
    {
        using var night = BeginNight(run.RunId, run.AsOf);
        night.OpenItems(run.OpenItems, run.ExportedOpen);
        night.Applications(run.Matching.Applications);
        night.Settlements(run.Matching.Settlements);
        night.Trail(run.Matching.Trail);
        night.Positions(run.Matching.UnappliedBySource);
        night.Reversals(run.Matching.Reversals);
        night.Exceptions(run.Exceptions);
        night.Commit(run.FinishedAt, run.CountsJson, run.BeforeCommit);
    }
}
