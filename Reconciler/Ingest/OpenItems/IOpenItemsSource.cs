namespace Reconciler.Ingest.OpenItems;

/// <summary>Where a night's open items come from: the canonical CSV export or a query against the billing database.</summary>
public interface IOpenItemsSource
{
    /// <summary>What the night's input report and problems call this source ("invoices.csv", "open-items query (sqlserver)").</summary>
    string Name { get; }

    /// <summary>The open items as of the night, with located problems; bad rows are reported and left out, the rest load.</summary>
    OpenItemsLoad Load(DateOnly asOf);
}

/// <summary>The canonical open-items CSV (the default source).</summary>
public sealed class CsvOpenItemsSource(string path) : IOpenItemsSource
{
    public string Name => Path.GetFileName(path);

    public OpenItemsLoad Load(DateOnly asOf) => OpenItemsCsvReader.Read(path);
}
