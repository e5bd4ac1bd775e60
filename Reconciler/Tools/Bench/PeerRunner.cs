using System.Diagnostics;
using System.Globalization;

namespace Reconciler.Tools.Bench;

/// <summary>
/// Runs a peer on a night's open items and bank CSV: <c>PEER INVOICES.csv BANK.csv AS_OF</c> (a <c>.py</c> file
/// through /usr/bin/python3, Debian's pandas). The child's peak memory cannot be read reliably from the parent
/// (its working set is gone once it exits), so the peer runs under <c>/usr/bin/time</c>, which reports the child's
/// own rusage; without it only the wall time is known.
/// </summary>
public static class PeerRunner
{
    private const string Time = "/usr/bin/time";
    private const string Python = "/usr/bin/python3";

    public static PeerFigures Run(string peer, string invoices, string bankCsv, DateOnly asOf, string work)
    {
        var arguments = new List<string>();
        if (peer.EndsWith(".py", StringComparison.OrdinalIgnoreCase)) arguments.Add(Python);
        arguments.AddRange([peer, invoices, bankCsv, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        var measured = File.Exists(Time);
        var usage = Path.Combine(work, "peer-rusage.txt");
        var start = new ProcessStartInfo(measured ? Time : arguments[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (measured) foreach (var a in new[] { "-f", "%e %U %S %M", "-o", usage }) start.ArgumentList.Add(a);
        foreach (var a in measured ? arguments : arguments.Skip(1)) start.ArgumentList.Add(a);

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        var text = (output + error.Result).Trim();
        var command = string.Join(' ', arguments.Select(Path.GetFileName));
        if (!measured || !File.Exists(usage)) return new PeerFigures(command, process.ExitCode, watch.Elapsed.TotalSeconds, null, null, null, text);

        // /usr/bin/time writes "Command exited with non-zero status n" first when the child fails: the figures are the last line.
        var figures = File.ReadAllLines(usage).Last(l => l.Length > 0).Split(' ');
        double Number(int i) => double.Parse(figures[i], CultureInfo.InvariantCulture);
        return new PeerFigures(command, process.ExitCode, Number(0), Number(1), Number(2), Number(3) / 1024d, text);
    }
}
