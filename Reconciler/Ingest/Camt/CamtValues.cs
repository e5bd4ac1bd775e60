using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// The typed values of camt: unsigned amounts with a currency attribute and a separate CRDT/DBIT indicator,
/// ISO dates and date-times, and entry statuses in both the code and the choice shape.
/// </summary>
internal static class CamtValues
{
    /// <summary>Reads an <c>Amt Ccy="EUR"</c> element: an unsigned decimal (up to 5 fraction digits allowed by the schema).</summary>
    public static bool TryAmount(CamtContext context, CamtElement element, out decimal amount, out string currency)
    {
        currency = (element.Attribute("Ccy") ?? "").Trim().ToUpperInvariant();
        amount = 0m;
        var text = CamtXml.Value(element);
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            context.Error(element, element.LocalName, $"'{text}' is not an amount (an unsigned decimal such as 1250.00)");
            return false;
        }
        if (!CurrencyInfo.IsWellFormed(currency))
        {
            context.Error(element, "Ccy", $"currency '{currency}' is not an ISO 4217 code");
            return false;
        }
        return true;
    }

    /// <summary>+1 for CRDT, -1 for DBIT, 0 (with an error) otherwise.</summary>
    public static int Sign(CamtContext context, CamtElement owner)
    {
        var indicator = owner.Child("CdtDbtInd");
        switch (CamtXml.Value(indicator))
        {
            case "CRDT": return 1;
            case "DBIT": return -1;
            case null:
                context.Error(owner, "CdtDbtInd", "the credit/debit indicator is missing");
                return 0;
            case var other:
                context.Error(indicator!, "CdtDbtInd", $"'{other}' is not CRDT or DBIT");
                return 0;
        }
    }

    /// <summary>A <c>Dt</c> or <c>DtTm</c> choice (BookgDt, ValDt): the date part as written, no time-zone shift.</summary>
    public static DateOnly? ChoiceDate(CamtContext context, CamtElement? choice)
    {
        if (choice is null) return null;
        if (choice.Child("Dt") is { } dt) return Date(context, dt);
        if (choice.Child("DtTm") is { } dtTm) return DateTimeDate(context, dtTm);
        context.Error(choice, choice.LocalName, "holds neither Dt nor DtTm");
        return null;
    }

    /// <summary>An ISO date, "2025-03-14" (an offset after it is allowed by xs:date and ignored).</summary>
    public static DateOnly? Date(CamtContext context, CamtElement element)
    {
        var text = CamtXml.Value(element) ?? "";
        if (text.Length >= 10 && IsOffset(text.AsSpan(10))
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        context.Error(element, element.LocalName, $"'{text}' is not an ISO date (YYYY-MM-DD)");
        return null;
    }

    /// <summary>An ISO date-time; fractions longer than .NET's 7 digits are trimmed before checking it.</summary>
    public static DateOnly? DateTimeDate(CamtContext context, CamtElement element)
    {
        var text = CamtXml.Value(element) ?? "";
        if (TryDateTime(text, out var date)) return date;
        context.Error(element, element.LocalName, $"'{text}' is not an ISO date-time (YYYY-MM-DDThh:mm:ss[.fff][offset])");
        return null;
    }

    public static bool TryDateTime(string text, out DateOnly date)
    {
        date = default;
        if (text.Length < 19 || text[10] != 'T') return false;
        if (!DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return false;
        return DateTime.TryParse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);
    }

    /// <summary>Cuts a fractional-seconds part to 7 digits: "00:00:00.000000000" becomes "00:00:00.0000000".</summary>
    public static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', 19 <= text.Length ? 19 : text.Length);
        if (dot < 0) return text;
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - dot - 1 <= 7 ? text : string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
    }

    /// <summary>The status code of <c>&lt;Sts&gt;BOOK&lt;/Sts&gt;</c> (.02-.06) or <c>&lt;Sts&gt;&lt;Cd&gt;BOOK&lt;/Cd&gt;&lt;/Sts&gt;</c> (.07+).</summary>
    public static string? StatusCode(CamtElement entry)
    {
        if (entry.Child("Sts") is not { } status) return null;
        return status.HasElements ? status.Text("Cd") ?? status.Text("Prtry") : CamtXml.Value(status);
    }

    /// <summary>Nothing, "Z", or "+hh:mm" / "-hh:mm" (digits only checked, as before).</summary>
    private static bool IsOffset(ReadOnlySpan<char> rest) =>
        rest.Length == 0 || rest is "Z"
        || (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
            && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[4]) && char.IsAsciiDigit(rest[5]));
}
