using System.Text;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Rows;

/// <summary>
/// A night's decision trail as rows of decision_trail. A "no match" step's detail (each rule with its reason, joined as
/// <see cref="TrailEntry.Detail"/> joins them) is put together in one reused buffer and handed over as characters: made into
/// strings, the details were about four fifths of what writing a night's results allocated (270 of 325 MB at 100k).
/// </summary>
internal sealed class TrailRows(string runId)
{
    private readonly StringBuilder _detail = new();
    private char[] _chars = new char[1024];

    public void Step(BulkRows w, TrailEntry t)
    {
        w.Text(runId).Text(t.SourceId).Int(t.Step).Text(t.Rule).Text(t.Outcome);
        if (t.Rejections is not { } rejections)
        {
            w.Text(t.Detail).EndRow();
            return;
        }
        _detail.Clear();
        foreach (var (rule, reason) in rejections) (_detail.Length == 0 ? _detail : _detail.Append("; ")).Append(rule).Append(": ").Append(reason);
        if (_chars.Length < _detail.Length) _chars = new char[_detail.Length * 2];
        _detail.CopyTo(0, _chars, _detail.Length);
        w.Chars(_chars.AsSpan(0, _detail.Length)).EndRow();
    }
}
