using Reconciler.Runs;

namespace Reconciler.Reports;

/// <summary>Writes one report of a night to one file.</summary>
public interface IReportWriter
{
    /// <summary>The file name in the reports folder (applications.csv, ...).</summary>
    string FileName { get; }

    void Write(NightResult night, string path);
}
