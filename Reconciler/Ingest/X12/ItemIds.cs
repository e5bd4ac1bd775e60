namespace Reconciler.Ingest.X12;

/// <summary>
/// Item ids unique within a file and stable for the same file: "CLP01#n" where n counts that patient
/// control number's claims in the file (a reversal and its correction are "X#1" and "X#2"), and "PLB#n"
/// numbering every PLB adjustment in the file.
/// </summary>
internal sealed class ItemIds
{
    // Every claim number seen, and the count of only those seen twice or more: most are seen once, and a set's entry
    // is two thirds of a dictionary's (a big file holds hundreds of thousands of claim numbers).
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> repeated = new(StringComparer.Ordinal);
    private int plb;

    public string Claim(string patientControlNumber)
    {
        var count = 1;
        if (!seen.Add(patientControlNumber))
        {
            ref var times = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(repeated, patientControlNumber, out var known);
            times = known ? times + 1 : 2;
            count = times;
        }
        // Written in place: one string per claim, with no string of the count before it.
        Span<char> digits = stackalloc char[11];
        count.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        return string.Concat(patientControlNumber, "#", digits[..length]);
    }

    public string Plb() => "PLB#" + (++plb).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
