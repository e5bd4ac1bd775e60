using Reconciler.Ingest.Csv;

namespace Reconciler.Ingest;

/// <summary>
/// Every reader the engine knows, and detection by content: each reader scores the file's first bytes
/// and the highest score wins. <c>--format</c> picks one by name instead.
/// </summary>
public sealed class FormatRegistry(IReadOnlyList<IFileReader> readers)
{
    /// <summary>The built-in readers; <paramref name="profiles"/> are the bank CSV profiles of config/sources.</summary>
    public static FormatRegistry Default(IReadOnlyList<BankCsvProfile>? profiles = null, string defaultCurrency = "USD") => new(
    [
        new BankCsvReader(profiles ?? [], defaultCurrency),
        new X12.X12835Reader(),
        new Stripe.StripeReader(),
        new PayPal.PayPalReader(),
        new Camt.CamtReader(Camt.CamtMessage.Report), new Camt.CamtReader(Camt.CamtMessage.Statement), new Camt.CamtReader(Camt.CamtMessage.Notification),
        new Mt940.Mt940Reader(), new Mt940.Mt942Reader(), new Ofx.OfxReader(),
        new Bai2.Bai2Reader(),
        new Nacha.NachaReader(),
    ]);

    public IReadOnlyList<IFileReader> Readers => readers;

    public IEnumerable<string> FormatNames => readers.Select(r => r.Format).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The reader for a format name, or null.</summary>
    public IFileReader? ByName(string format) =>
        readers.FirstOrDefault(r => r.Format.Equals(format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reader most sure of the file, or null when none recognises it.</summary>
    public IFileReader? Detect(FileSniff sniff)
    {
        IFileReader? best = null;
        var bestScore = 0;
        foreach (var reader in readers)
        {
            var score = reader.Detect(sniff);
            if (score > bestScore) { best = reader; bestScore = score; }
        }
        return best;
    }

    /// <summary>Detects (or takes the forced format) and reads one file; unknown content is an unparseable file.</summary>
    public ParsedFile Read(string path, string? forcedFormat = null)
    {
        var name = Path.GetFileName(path);
        IFileReader? reader;
        if (forcedFormat is not null)
        {
            reader = ByName(forcedFormat);
            if (reader is null)
            {
                return ParsedFile.Unreadable(name, forcedFormat, ParseProblem.Error(name, "file", null,
                    $"unknown format '{forcedFormat}'; known formats: {string.Join(", ", FormatNames)}"));
            }
        }
        else
        {
            reader = Detect(FileSniff.Read(path));
            if (reader is null)
            {
                return ParsedFile.Unreadable(name, "unknown", ParseProblem.Error(name, "line 1", null,
                    "not a format Reconciler reads (content matches none of: " + string.Join(", ", FormatNames) + ")"));
            }
        }

        using var stream = File.OpenRead(path);
        return reader.Read(stream, name);
    }
}
