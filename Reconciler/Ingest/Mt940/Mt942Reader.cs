namespace Reconciler.Ingest.Mt940;

/// <summary>SWIFT MT942 interim transaction reports: the MT940 reader, recognising :13D:, :34F:, :90D:/:90C: or block 2 type 942.</summary>
public sealed class Mt942Reader : Mt940Reader
{
    public override string Format => "mt942";

    public override int Detect(FileSniff sniff)
    {
        var signs = SwiftSniff.Read(sniff.Text);
        if (signs.BlockType == "942") return 95;
        if (signs.BlockType == "940") return 0;
        return signs.LooksLikeSwift && signs.InterimTags ? 92 : 0;
    }
}
