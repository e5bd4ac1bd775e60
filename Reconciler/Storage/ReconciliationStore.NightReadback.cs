namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    public string? NightInputs(string runId) =>
        Read("SELECT night_inputs FROM runs WHERE run_id = @id", r => NullableText(r, 0), ("@id", runId)).FirstOrDefault();

    public IReadOnlyList<(string SourceId, int Step, string Rule)> ReviewerClosings(string runId) => Read("""
        SELECT source_id, step, "rule" FROM decision_trail
        WHERE run_id = @id AND outcome = 'decided' AND "rule" IN ('refund', 'write_off')
        """, r => (Text(r, 0), (int)Long(r, 1), Text(r, 2)), ("@id", runId));
}
