using Reconciler.Ingest;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>One fuzz input through detection and one reader, under a time limit; what went wrong, or null.</summary>
public static class FuzzCase
{
    public static string? Run(FormatRegistry registry, IFileReader reader, byte[] input, string fileName)
    {
        var work = Task.Run(() =>
        {
            using (var sniffStream = new MemoryStream(input))
            {
                var sniff = FileSniff.FromStream(fileName, sniffStream);
                foreach (var any in registry.Readers) any.Detect(sniff);
            }
            using var stream = new MemoryStream(input);
            return reader.Read(stream, fileName);
        });
        try
        {
            if (!work.Wait(FuzzSettings.PerFileLimit)) return $"no result within {FuzzSettings.PerFileLimit.TotalSeconds} s (a hang)";
        }
        catch (AggregateException ex)
        {
            return "an exception escaped: " + ex.InnerException;
        }
        return Unlocated(work.Result);
    }

    /// <summary>The first problem that does not say where and what, or null.</summary>
    public static string? Unlocated(ParsedFile parsed)
    {
        foreach (var p in parsed.Problems)
        {
            if (string.IsNullOrWhiteSpace(p.File) || string.IsNullOrWhiteSpace(p.Location) || string.IsNullOrWhiteSpace(p.Message)
                || !Enum.IsDefined(p.Severity))
            {
                return $"a problem is not located: {p.Severity} '{p.File}' '{p.Location}' '{p.Message}'";
            }
        }
        return null;
    }
}
