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

    public static Result Run(string workingDirectory, params string[] args) => Start(workingDirectory, null, args).Finish();

    /// <summary>A started process, for tests that run several at once or stop one.</summary>
    public sealed class Running(Process process, Task<string> output, Task<string> error, string[] args) : IDisposable
    {
        public Process Process { get; } = process;

        public Result Finish(TimeSpan? limit = null)
        {
            if (!Process.WaitForExit(limit ?? TimeSpan.FromMinutes(2)))
            {
                Process.Kill(entireProcessTree: true);
                Assert.Fail($"reconciler {string.Join(' ', args)} did not finish in time");
            }
            return new Result(Process.ExitCode, output.Result, error.Result);
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    public static Running Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start)!;
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), args);
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
