namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The amount deviations read in one file, told once per kind (with the first place and how many) rather than once per
/// entry: a bank that writes every amount with a decimal point would otherwise bury the file in identical warnings.
/// </summary>
internal sealed class SwiftQuirks
{
    private readonly Dictionary<AmountQuirk, (int Count, int Line, string Tag)> _seen = [];

    public void Note(AmountQuirk quirk, int line, string tag)
    {
        if (quirk == AmountQuirk.None) return;
        _seen[quirk] = _seen.TryGetValue(quirk, out var known) ? known with { Count = known.Count + 1 } : (1, line, tag);
    }

    /// <summary>One warning per kind of deviation seen.</summary>
    public void Report(string file, List<ParseProblem> problems)
    {
        foreach (var (quirk, (count, line, tag)) in _seen.OrderBy(q => q.Value.Line))
        {
            var what = quirk == AmountQuirk.NoDecimalComma
                ? "amount without a decimal comma: read as whole units (\"500\" = 500.00)"
                : "amount with a decimal point instead of the decimal comma: read as a decimal point (\"500.00\" = 500.00)";
            var more = count > 1 ? $"; {count} amounts in the file, this is the first" : "";
            problems.Add(ParseProblem.Warning(file, $"line {line}", $":{tag}:", what + more));
        }
    }
}
