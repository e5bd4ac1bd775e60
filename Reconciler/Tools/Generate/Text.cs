using System.Globalization;
using System.Text;

namespace Reconciler.Tools.Generate;

/// <summary>Invariant formatting shared by the writers.</summary>
internal static class Text
{
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>X12 style: no trailing zeros ("350", "12.5").</summary>
    public static string X12Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Cents(decimal amount) => ((long)Math.Round(Math.Abs(amount) * 100m)).ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A CSV field, quoted when it holds a comma, quote or line break.</summary>
    public static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Quoted(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Xml(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0) return value;
        var b = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            b.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&apos;", _ => c.ToString() });
        }
        return b.ToString();
    }

    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Mixed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Token(Random random, int length, bool mixedCase = false)
    {
        var alphabet = mixedCase ? Mixed : Alphanumeric;
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
