namespace Reconciler.Ingest.Mt940;

/// <summary>One message (statement or interim report) of an MT940/MT942 file: its fields in order.</summary>
internal sealed class SwiftMessage(int line)
{
    public int Line { get; } = line;

    /// <summary>"940", "942" from block 2 or the portal header; null when the file does not say.</summary>
    public string? DeclaredType { get; set; }

    public List<SwiftField> Fields { get; } = [];

    /// <summary>Whether the message looks like an MT942 (interim report) by its tags or its declared type.</summary>
    public bool IsInterim =>
        DeclaredType == "942" || (DeclaredType is null && Fields.Any(f => f.Tag is "34F" or "13D" or "90D" or "90C" or "13"));
}
