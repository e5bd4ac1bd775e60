using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Reconciler.Storage;

/// <summary>
/// Applies the numbered scripts a database has not recorded yet, all in one transaction taken under the dialect's
/// exclusive lock: two processes starting together wait for each other, and the second finds nothing to do.
/// </summary>
internal static partial class Migrator
{
    public static int Migrate(ReconciliationStore store, SqlDialect dialect)
    {
        var sql = dialect.Migrations;
        using var unit = store.Begin();
        if (sql.Lock.Length > 0) store.Execute(sql.Lock);
        if (Convert.ToInt32(store.Scalar(sql.Exists), CultureInfo.InvariantCulture) == 0) store.Execute(sql.CreateTable);
        var applied = store.Read(sql.Applied, r => ReconciliationStore.Long(r, 0)).ToHashSet();
        var newest = applied.Count == 0 ? 0 : (int)applied.Max();
        foreach (var (version, name, script) in dialect.Scripts().Where(s => !applied.Contains(s.Version)))
        {
            store.Execute(script);
            store.Execute(sql.Record, ("@version", version), ("@name", name));
            newest = Math.Max(newest, version);
        }
        unit.Commit();
        return newest;
    }

    /// <summary>The embedded scripts whose resource name contains <paramref name="folder"/> (".PostgreSql.Migrations."), in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Embedded(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal))
            .Select(n => (Resource: n, Match: ScriptName().Match(n)))
            .Where(x => x.Match.Success)
            .Select(x => (int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Match.Groups[2].Value, Read(assembly, x.Resource)))
            .OrderBy(x => x.Item1)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"V(\d+)__(\w+)\.sql$")]
    private static partial Regex ScriptName();
}
