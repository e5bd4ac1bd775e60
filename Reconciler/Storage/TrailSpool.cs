using System.Text;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage;

/// <summary>
/// The night's trail written away as the match takes its steps instead of held to the night's end: each step's rule,
/// outcome and detail go to a temporary file (deleted when the spool is disposed), and only its key (payment, step) and
/// place stay in memory, so that <see cref="NightWriter.Trail(TrailSpool)"/> writes the steps in the table's key order.
/// At 100k the held trail (two steps per payment, their rejection lists and reasons) was about 45 MB of the match's peak.
/// The reviewers' closings (outcome <c>decided</c>, a handful) are also kept as steps in <see cref="Decided"/>: the journal reads them.
/// </summary>
public sealed class TrailSpool : ITrailSink, IDisposable
{
    private const string DecidedOutcome = "decided";

    private readonly FileStream _file;
    private readonly List<Place> _places;
    // Rules and outcomes are a few dozen texts: each is written as its number here.
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private byte[] _record = new byte[1024];
    private int _length;
    private long _end;

    private readonly record struct Place(string SourceId, int Step, long Offset, int Length);

    /// <param name="steps">About how many steps to expect (two per payment), so the places are not copied as they grow.</param>
    public TrailSpool(int steps = 0, string? folder = null)
    {
        var path = Path.Combine(folder ?? Path.GetTempPath(), $"reconciler-trail-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _places = new List<Place>(steps);
    }

    /// <summary>
    /// Makes room for about <paramref name="steps"/> steps at once: grown by doubling instead, a big night's places would be
    /// copied at the end of the match, when its memory is highest.
    /// </summary>
    public void Expect(int steps)
    {
        if (_places.Capacity < steps) _places.Capacity = steps;
    }

    /// <summary>The steps that closed money by a reviewer's decision, as they were taken.</summary>
    public List<TrailEntry> Decided { get; } = [];

    /// <summary>How many steps were taken.</summary>
    public int Count => _places.Count;

    public void Add(TrailEntry step)
    {
        if (step.Outcome == DecidedOutcome) Decided.Add(step);
        _length = 0;
        AppendCode(step.Rule);
        AppendCode(step.Outcome);
        if (step.Rejections is not { } rejections) Append(step.Detail);
        else
        {
            // Joined as TrailEntry.Detail joins them, without making the joined string.
            for (var i = 0; i < rejections.Count; i++)
            {
                if (i > 0) Append("; ");
                Append(rejections[i].Rule);
                Append(": ");
                Append(rejections[i].Reason);
            }
        }
        _file.Write(_record, 0, _length);
        _places.Add(new Place(step.SourceId, step.Step, _end, _length));
        _end += _length;
    }

    /// <summary>Writes every step as a row of decision_trail (run, payment, step, rule, outcome, detail) in key order.</summary>
    internal void WriteRows(BulkRows w, string runId)
    {
        _file.Flush();
        var sorted = true;
        for (var i = 1; i < _places.Count && sorted; i++) sorted = Compare(_places[i - 1], _places[i]) <= 0;
        if (!sorted) _places.Sort(Compare);
        var block = new byte[1 << 12];
        long blockStart = 0;
        var blockLength = 0;
        var chars = new char[1024];
        for (var i = 0; i < _places.Count; i++)
        {
            var place = _places[i];
            if (place.Offset < blockStart || place.Offset + place.Length > blockStart + blockLength)
            {
                // One read for this step and the ones after it that follow it in the file (a payment's steps were written
                // one after the other); no more, as the next payment's steps are elsewhere.
                var length = place.Length;
                for (var j = i + 1; j < _places.Count && _places[j].Offset == place.Offset + length && length + _places[j].Length <= 1 << 16; j++)
                    length += _places[j].Length;
                if (block.Length < length) block = new byte[Math.Max(length, block.Length * 2)];
                blockStart = place.Offset;
                blockLength = RandomAccess.Read(_file.SafeFileHandle, block.AsSpan(0, length), blockStart);
            }
            var record = block.AsSpan((int)(place.Offset - blockStart), place.Length);
            var rule = _texts[BitConverter.ToInt32(record)];
            var outcome = _texts[BitConverter.ToInt32(record[4..])];
            var detail = record[8..];
            if (chars.Length < detail.Length) chars = new char[detail.Length * 2];
            var count = Encoding.UTF8.GetChars(detail, chars);
            w.Text(runId).Text(place.SourceId).Int(place.Step).Text(rule).Text(outcome).Chars(chars.AsSpan(0, count)).EndRow();
        }
    }

    public void Dispose() => _file.Dispose();

    private static int Compare(Place a, Place b) =>
        string.CompareOrdinal(a.SourceId, b.SourceId) is var c and not 0 ? c : a.Step.CompareTo(b.Step);

    private void AppendCode(string text)
    {
        if (!_codes.TryGetValue(text, out var code))
        {
            _codes[text] = code = _texts.Count;
            _texts.Add(text);
        }
        Room(4);
        BitConverter.TryWriteBytes(_record.AsSpan(_length), code);
        _length += 4;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Room(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _record.AsSpan(_length));
    }

    private void Room(int bytes)
    {
        if (_length + bytes > _record.Length) Array.Resize(ref _record, Math.Max(_record.Length * 2, _length + bytes));
    }
}
