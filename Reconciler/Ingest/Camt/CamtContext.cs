
namespace Reconciler.Ingest.Camt;

/// <summary>What every part of one file's reading shares: the file name, its message and version, and the problems found.</summary>
internal sealed class CamtContext(string file, CamtMessage message, int? version)
{
    public string File => file;

    public CamtMessage Message => message;

    /// <summary>The version from the namespace (8 for camt.053.001.08); null when the namespace is missing.</summary>
    public int? Version => version;

    public List<ParseProblem> Problems { get; } = [];

    public void Error(CamtElement at, string? field, string text) => Problems.Add(ParseProblem.Error(file, CamtPath.Of(at), field, text));

    public void Warning(CamtElement at, string? field, string text) => Problems.Add(ParseProblem.Warning(file, CamtPath.Of(at), field, text));

    public void Warning(string location, string? field, string text) => Problems.Add(ParseProblem.Warning(file, location, field, text));

    public void Error(string location, string? field, string text) => Problems.Add(ParseProblem.Error(file, location, field, text));

    private readonly Dictionary<string, (int Index, int Count, string Text)> _deviations = [];

    /// <summary>
    /// A deviation read with an interpretation: warned once per kind, at its first place, with how many times the file
    /// has it (a bank that leaves a field out leaves it out everywhere; one warning per element would bury the rest).
    /// </summary>
    public void Deviation(string kind, CamtElement at, string? field, string text)
    {
        if (!_deviations.TryGetValue(kind, out var seen))
        {
            _deviations[kind] = (Problems.Count, 1, text);
            Warning(at, field, text);
            return;
        }
        var count = seen.Count + 1;
        _deviations[kind] = seen with { Count = count };
        Problems[seen.Index] = Problems[seen.Index] with { Message = $"{seen.Text}; {count} times in the file, this is the first" };
    }

    /// <summary>"file.xml:Document/BkToCstmrStmt/Stmt[1]/Ntry[3] (line 42)".</summary>
    public string Location(CamtElement at) => $"{file}:{CamtPath.Of(at)}";
}
