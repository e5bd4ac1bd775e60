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
    public sealed class Running(Process process, Task<string> output, ErrorLines error, string[] args) : IDisposable
    {
        public Process Process { get; } = process;

        /// <summary>
        /// Waits until the process has written <paramref name="text"/> to standard error (true), or has exited or run out of
        /// <paramref name="limit"/> without writing it (false): for tests that must act only once the process reached a point.
        /// </summary>
        public bool WaitForError(string text, TimeSpan limit)
        {
            var deadline = Stopwatch.StartNew();
            while (!error.Contains(text))
            {
                if (Process.HasExited || deadline.Elapsed > limit) return error.Contains(text);
                Process.WaitForExit(TimeSpan.FromMilliseconds(50));
            }
            return true;
        }

        public Result Finish(TimeSpan? limit = null)
        {
            if (!Process.WaitForExit(limit ?? TimeSpan.FromMinutes(2)))
            {
                Process.Kill(entireProcessTree: true);
                Assert.Fail($"reconciler {string.Join(' ', args)} did not finish in time");
            }
            return new Result(Process.ExitCode, output.Result, error.All.Result);
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
        return new Running(process, process.StandardOutput.ReadToEndAsync(), new ErrorLines(process.StandardError), args);
    }

    /// <summary>Standard error read as it comes, so a test can wait for a line while the process still runs.</summary>
    public sealed class ErrorLines
    {
        private readonly System.Text.StringBuilder _text = new();

        public ErrorLines(StreamReader reader) => All = Task.Run(async () =>
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                lock (_text) _text.Append(line).Append('\n');
            }
            lock (_text) return _text.ToString();
        });

        public Task<string> All { get; }

        public bool Contains(string text)
        {
            lock (_text) return _text.ToString().Contains(text, StringComparison.Ordinal);
        }
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
        // Tests write inbox files and run at once: they are complete, so no settling time is needed.
        var settings = Path.Combine(config, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"StableSeconds\": 2", "\"StableSeconds\": 0", StringComparison.Ordinal));
        return config;
    }
}
