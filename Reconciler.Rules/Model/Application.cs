namespace Reconciler.Rules.Model;

/// <summary>An amount applied to one open item, with the rule that decided it and why.</summary>
public sealed record Application(
    string SourceKind,
    string SourceId,
    string? SourceFile,
    string InvoiceNumber,
    string CustomerId,
    decimal AppliedAmount,
    string Currency,
    string Rule,
    decimal Confidence,
    string Explanation)
{
    // Packed (one byte a character): a big night holds nearly a million explanations from the match to the commit.
    private readonly PackedText _explanation = PackedText.Of(Explanation);

    /// <summary>Why the rule applied it, in words (written to applications.csv and the store).</summary>
    public string Explanation { get => _explanation.Text!; init => _explanation = PackedText.Of(value); }

    /// <summary>
    /// The explanation already packed, to share one copy between the applications of one payment and its trail step (given
    /// together with the same text as <see cref="Explanation"/>).
    /// </summary>
    internal PackedText PackedExplanation { init => _explanation = value; }

    /// <summary>When the money behind it came (the bank or payment date); for adjustments, the same.</summary>
    public DateOnly? CashDate { get; init; }
}
