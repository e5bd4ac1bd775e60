using System.Text.Json;
using Reconciler.Ingest;

namespace Reconciler.Tools.Bench;

/// <summary><c>reconciler bench --parse</c>: runs the parse bench and prints its table (progress on stderr) or its JSON.</summary>
public static class ParseBenchConsole
{
    /// <summary>0, or 1 when a generated file did not parse cleanly (a writer or a reader is wrong); missed targets are only reported.</summary>
    public static int Execute(ParseBenchOptions options, FormatRegistry formats, bool json)
    {
        var result = ParseBenchRunner.Run(options, formats, json ? null : name => Console.Error.WriteLine($"parse bench: {name}"));
        Console.Out.Write(json
            ? result.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine
            : result.ToTable());
        return result.AllParsedClean ? Runs.ExitCodes.Success : Runs.ExitCodes.CompletedWithProblems;
    }
}
