using System.Text;

namespace Reconciler.Rules.Model;

/// <summary>
/// A text kept as one byte a character when it is plain ASCII (nearly every explanation and description is), and as
/// itself otherwise. A big night holds about a million explanations and half a million descriptions from the match to
/// the commit; as strings (two bytes a character) they were about 215 MB of its peak, packed about 130 MB. The text is
/// made again each time it is read, which happens a few times a night (reports and commit).
/// </summary>
public readonly struct PackedText : IEquatable<PackedText>
{
    // The ASCII bytes, or the string itself when it is not ASCII (or empty), or null for no text.
    private readonly object? _value;

    private PackedText(object? value) => _value = value;

    public static PackedText Of(string? text)
    {
        if (text is null || text.Length == 0 || !Ascii.IsValid(text)) return new PackedText(text);
        var bytes = new byte[text.Length];
        Ascii.FromUtf16(text, bytes, out _);
        return new PackedText(bytes);
    }

    /// <summary>The text as given; null when none was.</summary>
    public string? Text => Unpack(_value);

    /// <summary>What is kept: the ASCII bytes, the string, or null (for a holder that keeps many, like the trail).</summary>
    internal object? Kept => _value;

    /// <summary>The text of what <see cref="Kept"/> gave.</summary>
    internal static string? Unpack(object? kept) => kept is byte[] bytes ? Encoding.ASCII.GetString(bytes) : (string?)kept;

    public override string ToString() => Text ?? "";

    // A text has one form (ASCII or not decides it), so equal texts are equal in the same form.
    public bool Equals(PackedText other) => (_value, other._value) switch
    {
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (null, null) => true,
        _ => false,
    };

    public override bool Equals(object? obj) => obj is PackedText other && Equals(other);

    public override int GetHashCode()
    {
        if (_value is not byte[] bytes) return _value is string s ? string.GetHashCode(s, StringComparison.Ordinal) : 0;
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    public static bool operator ==(PackedText left, PackedText right) => left.Equals(right);

    public static bool operator !=(PackedText left, PackedText right) => !left.Equals(right);
}
