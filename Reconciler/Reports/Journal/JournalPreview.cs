using Reconciler.Rules.Books;

namespace Reconciler.Reports.Journal;

/// <summary>
/// The journal lines journal.xlsx shows (the first <c>maxRows</c>, with their entries) and how many lines the journal has
/// in all, gathered while the entries go by: the entries are made once for both journal files, never held all at once.
/// </summary>
public sealed class JournalPreview(int maxRows)
{
    private readonly List<(JournalEntry Entry, JournalLine Line)> _shown = [];

    /// <summary>The first lines of the journal, in order, at most <c>maxRows</c>.</summary>
    public IReadOnlyList<(JournalEntry Entry, JournalLine Line)> Shown => _shown;

    /// <summary>How many lines the journal has.</summary>
    public int Total { get; private set; }

    public void Add(JournalEntry entry)
    {
        foreach (var line in entry.Lines)
        {
            if (_shown.Count < maxRows) _shown.Add((entry, line));
            Total++;
        }
    }

    public static JournalPreview Of(IEnumerable<JournalEntry> entries, int maxRows)
    {
        var preview = new JournalPreview(maxRows);
        foreach (var entry in entries) preview.Add(entry);
        return preview;
    }
}
