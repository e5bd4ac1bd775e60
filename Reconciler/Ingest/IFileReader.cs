namespace Reconciler.Ingest;

/// <summary>Reads one file format into statements or batches. Never throws on bad data: problems are returned, located.</summary>
public interface IFileReader
{
    /// <summary>The contract's format name (bai2, camt.053, mt940, csv, stripe, x12-835, ...).</summary>
    string Format { get; }

    /// <summary>How sure the reader is that the file is its format: 0 not at all, 100 certain.</summary>
    int Detect(FileSniff sniff);

    /// <summary>Reads the whole file.</summary>
    ParsedFile Read(Stream content, string fileName);
}
