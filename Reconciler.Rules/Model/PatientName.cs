namespace Reconciler.Rules.Model;

/// <summary>
/// A patient's name (835 NM1*QC). Protected health information: kept for the patient statements and
/// worklists that must show it, and hidden everywhere else. <see cref="ToString"/> never reveals it, so a
/// name passed by accident to a log, a message or an exception text shows as a placeholder; the name itself
/// is read only through <see cref="Reveal"/>, which a reader can search for.
/// </summary>
public sealed class PatientName(string last, string first)
{
    public const string Placeholder = "[patient name withheld]";

    private readonly string last = last;
    private readonly string first = first;

    /// <summary>The name as "Last, First", for the reports that may list patients (never for logs).</summary>
    public string Reveal() => first.Length == 0 ? last : $"{last}, {first}";

    public override string ToString() => Placeholder;

    /// <summary>The name again from what <see cref="Reveal"/> gave (as the store keeps it for patient statements).</summary>
    public static PatientName FromStored(string revealed)
    {
        var comma = revealed.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? new PatientName(revealed, "") : new PatientName(revealed[..comma], revealed[(comma + 2)..]);
    }

    public override bool Equals(object? obj) => obj is PatientName other && other.last == last && other.first == first;

    public override int GetHashCode() => HashCode.Combine(last, first);
}
