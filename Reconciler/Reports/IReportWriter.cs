using Reconciler.Runs;

namespace Reconciler.Reports;

/// <summary>Writes one report of a night to one file (or a few reports made from the same pass, side by side).</summary>
public interface IReportWriter
{
    /// <summary>The file name in the reports folder (applications.csv, ...).</summary>
    string FileName { get; }

    /// <summary>Every file the writer writes: <see cref="FileName"/>, and any it writes beside it in the same folder.</summary>
    IReadOnlyList<string> FileNames => [FileName];

    void Write(NightResult night, string path);
}
