namespace Reconciler.Ingest.Mt940;

/// <summary>What the start of a file says about SWIFT MT94x: the block 2 message type and which tags start lines.</summary>
internal sealed record SwiftSniff(string? BlockType, bool LooksLikeSwift, bool InterimTags)
{
    public static SwiftSniff Read(string text)
    {
        string? blockType = null;
        foreach (var marker in (string[])["{2:O", "{2:I"])
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at + 7 <= text.Length && text.Substring(at + 4, 3) is "940" or "942") blockType ??= text.Substring(at + 4, 3);
        }
        bool Starts(string tag) => text.StartsWith(tag, StringComparison.Ordinal) || text.Contains("\n" + tag, StringComparison.Ordinal)
            || text.Contains("{4:" + tag, StringComparison.Ordinal);
        var swift = Starts(":20:") && Starts(":25:") && (Starts(":61:") || Starts(":60F:") || Starts(":60M:") || Starts(":28C:") || Starts(":13D:"));
        // A fragment without header tags still opens with a statement tag (seen in bank support snippets).
        var opening = text.TrimStart();
        swift |= (opening.StartsWith(":61:", StringComparison.Ordinal) || opening.StartsWith(":60F:", StringComparison.Ordinal)) && Starts(":62F:")
            || opening.StartsWith(":61:", StringComparison.Ordinal) && (Starts(":86:") || Starts("86:"));
        var interim = Starts(":13D:") || Starts(":34F:") || Starts(":90D:") || Starts(":90C:");
        return new SwiftSniff(blockType, swift, interim);
    }
}
