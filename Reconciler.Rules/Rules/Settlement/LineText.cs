using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// What the settlement rules read of a bank line's text: upper-cased once per line for all the settlement rules
/// (they look at one line after another, each rule in turn, on the same thread).
/// </summary>
internal sealed class LineText
{
    [ThreadStatic] private static LineText? _last;

    private readonly CashCandidate _line;
    private string? _upper;

    private LineText(CashCandidate line) => _line = line;

    public static LineText Of(CashCandidate line)
    {
        if (_last is { } last && ReferenceEquals(last._line, line)) return last;
        return _last = new LineText(line);
    }

    public string Upper => _upper ??= string.Join(' ', _line.Texts).ToUpperInvariant();
}
