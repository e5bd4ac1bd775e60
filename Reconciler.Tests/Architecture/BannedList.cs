namespace Reconciler.Tests.Architecture;

/// <summary>
/// The rules' banned APIs as <c>Reconciler.Rules/BannedSymbols.txt</c> lists them for the analyzer, read as type names
/// and "type::member" names, so the analyzer (source) and the metadata test (binary) check the same list.
/// </summary>
public sealed record BannedList(IReadOnlySet<string> Types, IReadOnlySet<string> Members)
{
    public static BannedList Read(string path)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split(';')[0].Trim();
            if (line.Length < 3 || line[1] != ':') continue;
            var id = line[2..];
            switch (line[0])
            {
                case 'T':
                    types.Add(id);
                    break;
                case 'P':
                    members.Add(Member(id, "get_"));
                    break;
                case 'M':
                    // Every overload: a member reference carries its name, its parameters are in the signature.
                    members.Add(Member(id.Split('(')[0], ""));
                    break;
            }
        }
        return new BannedList(types, members);
    }

    /// <summary>
    /// What the C# compiler itself calls in code it writes: an iterator (<c>yield return</c>) checks which thread asks for
    /// its enumerator. Allowed; any other member of the type is not.
    /// </summary>
    public static readonly IReadOnlySet<string> CompilerUses = new HashSet<string>(StringComparer.Ordinal) { "System.Environment::get_CurrentManagedThreadId" };

    /// <summary>
    /// The banned things <paramref name="uses"/> names: banned members, members of banned types, and banned types named other
    /// than through the compiler's own calls.
    /// </summary>
    public IReadOnlyList<string> FoundIn(AssemblyUses uses)
    {
        var members = uses.Members.Where(m => !CompilerUses.Contains(m) && (Members.Contains(m) || Types.Contains(TypeOf(m)))).ToList();
        var onlyByCompiler = CompilerUses.Where(uses.Members.Contains).Select(TypeOf).Where(t => !members.Any(m => TypeOf(m) == t)).ToHashSet();
        return uses.Types.Where(t => Types.Contains(t) && !onlyByCompiler.Contains(t)).Concat(members).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string TypeOf(string member) => member[..member.IndexOf("::", StringComparison.Ordinal)];

    private static string Member(string id, string prefix)
    {
        var dot = id.LastIndexOf('.');
        return $"{id[..dot]}::{prefix}{id[(dot + 1)..]}";
    }
}
