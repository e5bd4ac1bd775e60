namespace Reconciler.Ingest.X12;

/// <summary>
/// Item ids unique within a file and stable for the same file: "CLP01#n" where n counts that patient
/// control number's claims in the file (a reversal and its correction are "X#1" and "X#2"), and "PLB#n"
/// numbering every PLB adjustment in the file.
/// </summary>
internal sealed class ItemIds
{
    private readonly Dictionary<string, int> claims = new(StringComparer.Ordinal);
    private int plb;

    public string Claim(string patientControlNumber)
    {
        // One lookup that finds or adds the count (a claim number is mostly new).
        ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(claims, patientControlNumber, out _);
        seen++;
        return patientControlNumber + "#" + seen.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Plb() => "PLB#" + (++plb).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
