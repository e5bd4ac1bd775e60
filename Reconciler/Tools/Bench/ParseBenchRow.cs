namespace Reconciler.Tools.Bench;

/// <summary>A format's figures against the baseline: how many times slower than CsvHelper's plain parse, and whether that meets its target.</summary>
public sealed record ParseBenchRow(ParseBenchFormat Format, ParseBenchFigures Figures, double BaselineMegabytesPerSecond)
{
    /// <summary>Baseline speed over this format's speed: 1 is as fast as CsvHelper, 2 half as fast.</summary>
    public double Ratio => Figures.MegabytesPerSecond > 0 ? BaselineMegabytesPerSecond / Figures.MegabytesPerSecond : double.PositiveInfinity;

    public bool MeetsTarget => Ratio <= Format.Target;

    /// <summary>Whether the format reaches its target measured against PACKAGES.md's 100 MB/s instead of this machine's baseline.</summary>
    public bool MeetsFloor => Figures.MegabytesPerSecond >= Format.FloorMbPerSecond;

    /// <summary>Detection picked the intended reader, it read records, and it reported no problem at all.</summary>
    public bool ParsedClean => Figures.Detected == Format.Reader && Figures.Records > 0 && Figures.Errors == 0 && Figures.Warnings == 0;
}
