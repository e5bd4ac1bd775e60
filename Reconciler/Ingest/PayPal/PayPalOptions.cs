namespace Reconciler.Ingest.PayPal;

/// <summary>
/// What a PayPal download cannot always say about itself. Everything is optional: left out, the date order
/// and the decimal separator are decided from the header language and the whole column.
/// </summary>
public sealed record PayPalOptions
{
    /// <summary>A .NET date format such as dd.MM.yyyy or MM/dd/yyyy.</summary>
    public string? DateFormat { get; init; }

    /// <summary>True when amounts use a decimal comma ("4.626,81").</summary>
    public bool? DecimalComma { get; init; }

    public static PayPalOptions Auto { get; } = new();
}
