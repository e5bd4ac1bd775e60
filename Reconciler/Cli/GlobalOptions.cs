using System.CommandLine;

namespace Reconciler.Cli;

/// <summary>Options every command accepts (the database ones are read by the commands that touch it).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Config = new("--config") { Description = "Settings file or folder (default: config/ here, else beside the executable)", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "More log detail, and stack traces on errors", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet") { Description = "Only warnings and errors on the console", Recursive = true };
    public static readonly Option<string?> Db = new("--db") { Description = "SQLite database file (overrides the configuration)", Recursive = true };
    public static readonly Option<string?> Provider = new("--provider") { Description = "Sqlite, SqlServer or PostgreSql", Recursive = true };
    public static readonly Option<string?> Connection = new("--connection") { Description = "Connection string for a server provider", Recursive = true };

    public static void AddTo(RootCommand root)
    {
        foreach (var option in new Option[] { Config, Verbose, Quiet, Db, Provider, Connection }) root.Add(option);
    }
}
