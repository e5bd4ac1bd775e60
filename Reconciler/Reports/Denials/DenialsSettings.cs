using Microsoft.Extensions.Configuration;
using Reconciler.Configuration;

namespace Reconciler.Reports.Denials;

/// <summary>
/// What the denials worklist needs from the configuration: the appeal deadline (Reconciler:Appeals:DeadlineDays,
/// default 90, and per payer Reconciler:Appeals:Payers:&lt;payer_id&gt;) and the CARC / RARC code tables.
/// </summary>
public sealed record DenialsSettings(int DeadlineDays, IReadOnlyDictionary<string, int> PayerDeadlineDays, ClaimCodeTable Carc, ClaimCodeTable Rarc)
{
    public const int DefaultDeadlineDays = 90;

    /// <summary>The built-in defaults, with the code tables shipped beside the executable when they are there.</summary>
    public static DenialsSettings Default { get; } = new(DefaultDeadlineDays, new Dictionary<string, int>(),
        SafeLoad(ShippedFolder, "carc"), SafeLoad(ShippedFolder, "rarc"));

    private static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "config", "codes");

    public int DeadlineFor(string? payerId) =>
        payerId is not null && PayerDeadlineDays.TryGetValue(payerId, out var days) ? days : DeadlineDays;

    /// <summary>Reads and checks the settings and code tables (config/codes, else the shipped ones); problems are configuration errors.</summary>
    public static DenialsSettings Load(AppConfiguration configuration)
    {
        var section = configuration.Root.GetSection("Reconciler:Appeals");
        var days = Days(section["DeadlineDays"], "Reconciler:Appeals:DeadlineDays") ?? DefaultDeadlineDays;
        var perPayer = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var payer in section.GetSection("Payers").GetChildren())
        {
            perPayer[payer.Key] = Days(payer.Value ?? payer["DeadlineDays"], $"Reconciler:Appeals:Payers:{payer.Key}") ?? days;
        }
        var folder = Path.Combine(configuration.ConfigFolder, "codes");
        if (!File.Exists(Path.Combine(folder, "carc.json"))) folder = ShippedFolder;
        return new DenialsSettings(days, perPayer, ClaimCodeTable.Load(folder, "carc"), ClaimCodeTable.Load(folder, "rarc"));
    }

    private static int? Days(string? text, string key)
    {
        if (text is null) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3650) return days;
        throw new ConfigurationError($"{key} must be a number of days from 1 to 3650 (it is '{text}')");
    }

    private static ClaimCodeTable SafeLoad(string folder, string name)
    {
        try { return ClaimCodeTable.Load(folder, name); }
        catch (ConfigurationError) { return ClaimCodeTable.Empty; } // checked properly by Load at start-up
    }
}
