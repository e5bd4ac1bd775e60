namespace Reconciler.Rules.Rules.Customer;

/// <summary>
/// A remitter text that names a customer: exact (ignoring case and spacing) or a pattern where <c>*</c> stands for any
/// run of characters. <see cref="Source"/> is <c>config</c> (config/aliases.json) or <c>learned</c> (a reviewer's apply).
/// </summary>
public sealed record PayerAlias(string Text, string CustomerId, string Source)
{
    public const string Configured = "config";
    public const string Learned = "learned";

    /// <summary>The text as aliases compare it: upper case, no white space ("Acme  mfg" and "ACME MFG" are one).</summary>
    public static string Key(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public bool IsPattern => Text.Contains('*', StringComparison.Ordinal);

    /// <summary>Whether <paramref name="remitter"/> is this alias's text (or fits its pattern).</summary>
    public bool Fits(string remitter)
    {
        var key = Key(remitter);
        var pattern = Key(Text);
        if (!IsPattern) return key.Length > 0 && string.Equals(key, pattern, StringComparison.Ordinal);
        var parts = pattern.Split('*');
        if (!key.StartsWith(parts[0], StringComparison.Ordinal) || !key.EndsWith(parts[^1], StringComparison.Ordinal)) return false;
        if (key.Length < parts[0].Length + parts[^1].Length) return false;
        var at = parts[0].Length;
        var end = key.Length - parts[^1].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = key.IndexOf(middle, at, end - at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + middle.Length;
        }
        return true;
    }
}
