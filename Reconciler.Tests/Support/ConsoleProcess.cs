using System.Diagnostics;

namespace Reconciler.Tests.Support;

/// <summary>Runs the built Reconciler executable as a real process, as an operator or a scheduler would.</summary>
public static class ConsoleProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>The executable the Reconciler project built beside this test assembly's configuration.</summary>
    public static string Executable
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
            var exe = Repository.Path("Reconciler", "bin", configuration, "net10.0", OperatingSystem.IsWindows() ? "Reconciler.exe" : "Reconciler");
            return File.Exists(exe) ? exe : throw new FileNotFoundException("build the solution first", exe);
        }
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"reconciler {string.Join(' ', args)} did not finish within 2 minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A private copy of config/ so a test's logs and quarantine land in its own temp folder.</summary>
    public static string PrivateConfig(TempFolder folder)
    {
        var config = Path.Combine(folder.Path, "config");
        Directory.CreateDirectory(config);
        foreach (var file in Directory.GetFiles(Repository.Path("config"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(config, Path.GetRelativePath(Repository.Path("config"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return config;
    }
}
