namespace Reconciler.Ingest.Mt940;

/// <summary>How a SWIFT amount deviated from <c>15d</c> while its meaning stayed plain (see docs/formats.md).</summary>
internal enum AmountQuirk
{
    None,

    /// <summary>Digits only, no decimal comma ("500"): read as whole units.</summary>
    NoDecimalComma,

    /// <summary>A decimal point with one or two digits after it ("000000000500.00"): read as a decimal point.</summary>
    DecimalPoint,
}
