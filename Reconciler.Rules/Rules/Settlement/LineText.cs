using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// What the settlement rules read of a bank line's text: upper-cased once per line for all the settlement rules
/// (they look at one line after another, each rule in turn). The night's <see cref="UnsettledBatches"/> keeps the last one.
/// </summary>
internal sealed class LineText
{
    private readonly CashCandidate _line;
    private string? _upper;

    private LineText(CashCandidate line) => _line = line;

    public static LineText Of(CashCandidate line, UnsettledBatches night)
    {
        if (night.LastLineText is { } last && ReferenceEquals(last._line, line)) return last;
        return night.LastLineText = new LineText(line);
    }

    public string Upper => _upper ??= string.Join(' ', _line.Texts).ToUpperInvariant();
}
