namespace Reconciler.Ingest.Csv;

/// <summary>
/// How one bank's CSV download is laid out (a file in config/sources/). Every setting is optional:
/// what is left out is auto-detected. Column values name header cells (case-insensitive).
/// </summary>
public sealed record BankCsvProfile
{
    /// <summary>The profile's name, shown in inspect output and problems.</summary>
    public required string Name { get; init; }

    /// <summary>Header cells that must all be present for the profile to be chosen.</summary>
    public IReadOnlyList<string> MatchHeaders { get; init; } = [];

    /// <summary>Field separator; detected from the header line when null.</summary>
    public char? Delimiter { get; init; }

    /// <summary>An encoding name (utf-8, windows-1252, iso-8859-1, utf-16); detected when null.</summary>
    public string? Encoding { get; init; }

    /// <summary>A .NET date format such as dd.MM.yyyy; decided from the whole column when null.</summary>
    public string? DateFormat { get; init; }

    /// <summary>True when amounts use a decimal comma (1.234,56); decided per column when null.</summary>
    public bool? DecimalComma { get; init; }

    /// <summary>Rows before the header to skip; the header is searched for when null.</summary>
    public int? SkipRows { get; init; }

    public string? DateColumn { get; init; }
    public string? ValueDateColumn { get; init; }
    public string? AmountColumn { get; init; }
    public string? DebitColumn { get; init; }
    public string? CreditColumn { get; init; }

    /// <summary>A column that says debit or credit (Af/Bij, S/H, D/C, DR/CR) for an unsigned amount.</summary>
    public string? IndicatorColumn { get; init; }

    /// <summary>Indicator values that mean debit; the default list covers D, DR, Debit, Af, S, Soll.</summary>
    public IReadOnlyList<string> DebitIndicators { get; init; } = ["D", "DR", "DEBIT", "DBIT", "AF", "S", "SOLL", "-"];

    public string? DescriptionColumn { get; init; }
    public string? CounterpartyColumn { get; init; }
    public string? ReferenceColumn { get; init; }
    public string? CurrencyColumn { get; init; }
    public string? BalanceColumn { get; init; }
    public string? AccountColumn { get; init; }

    /// <summary>The account when the file does not carry one.</summary>
    public string? Account { get; init; }

    /// <summary>The currency when the file does not carry one.</summary>
    public string? Currency { get; init; }

    /// <summary>Some banks export card accounts with purchases positive: flip every sign.</summary>
    public bool InvertSign { get; init; }

    /// <summary>Every value that cannot work, each as "field: what is wrong"; empty when the profile is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("name: must not be empty");
        if (Delimiter is '"' or '\r' or '\n') problems.Add($"delimiter: {Delimiter} cannot separate fields");
        if (SkipRows is < 0) problems.Add($"skipRows: {SkipRows} is negative");
        if (Encoding is not null)
        {
            try { _ = TextDecoding.ByName(Encoding); }
            catch (ArgumentException) { problems.Add($"encoding: '{Encoding}' is not a known encoding (utf-8, windows-1252, iso-8859-1, utf-16)"); }
        }
        if (DateFormat is not null && !DateFormatWorks(DateFormat)) problems.Add($"dateFormat: '{DateFormat}' does not read back the dates it writes (use e.g. dd.MM.yyyy)");
        if (Currency is not null && !IsCurrencyCode(Currency)) problems.Add($"currency: '{Currency}' is not a three-letter ISO 4217 code");
        return problems;
    }

    private static bool IsCurrencyCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);

    private static bool DateFormatWorks(string format)
    {
        var sample = new DateOnly(2025, 11, 23);
        try
        {
            var text = sample.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            return DateOnly.TryParseExact(text, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var back) && back == sample;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
