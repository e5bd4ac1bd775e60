using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Reconciler.Ingest.Csv;

namespace Reconciler.Configuration;

/// <summary>
/// Finds and loads the configuration: --config, else config/ in the current folder, else config/ beside
/// the executable. Environment variables RECONCILER__SECTION__KEY override the file.
/// </summary>
public sealed class AppConfiguration
{
    private AppConfiguration(string configFolder, IConfigurationRoot root, ReconcilerSettings settings)
    {
        ConfigFolder = configFolder;
        Root = root;
        Settings = settings;
    }

    public string ConfigFolder { get; }

    /// <summary>The folder relative paths are resolved against: the config folder's parent.</summary>
    public string Home => Path.GetDirectoryName(Path.GetFullPath(ConfigFolder).TrimEnd(Path.DirectorySeparatorChar))!;

    public IConfigurationRoot Root { get; }

    public ReconcilerSettings Settings { get; }

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Home, path));

    public static AppConfiguration Load(string? configOption)
    {
        var file = FindSettingsFile(configOption);
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder()
                .AddJsonFile(file, optional: false, reloadOnChange: false)
                .AddEnvironmentVariables("RECONCILER_")
                .Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException)
        {
            throw new ConfigurationError($"{file} is not valid JSON: {e.GetBaseException().Message}");
        }

        var settings = new ReconcilerSettings();
        root.GetSection("Reconciler").Bind(settings);
        return new AppConfiguration(Path.GetDirectoryName(file)!, root, settings);
    }

    /// <summary>The bank CSV profiles of config/sources/*.json.</summary>
    public IReadOnlyList<BankCsvProfile> LoadProfiles()
    {
        var folder = Path.Combine(ConfigFolder, "sources");
        if (!Directory.Exists(folder)) return [];
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
        var profiles = new List<BankCsvProfile>();
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var profile = JsonSerializer.Deserialize<BankCsvProfile>(File.ReadAllText(path), options);
                if (profile is null) { problems.Add($"{path}: the file is empty"); continue; }
                var invalid = profile.Problems();
                problems.AddRange(invalid.Select(p => $"{path}: {p}"));
                if (invalid.Count == 0) profiles.Add(profile);
            }
            catch (JsonException e)
            {
                problems.Add($"{path}: not a valid source profile: {e.Message}");
            }
        }
        if (problems.Count > 0)
            throw new ConfigurationError($"the bank CSV profiles in {folder} have {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        return profiles;
    }

    private static string FindSettingsFile(string? configOption)
    {
        if (configOption is not null)
        {
            var given = Directory.Exists(configOption) ? Path.Combine(configOption, "appsettings.json") : configOption;
            return File.Exists(given) ? Path.GetFullPath(given) : throw new ConfigurationError($"--config: {configOption} does not exist");
        }
        foreach (var folder in new[] { Path.Combine(Directory.GetCurrentDirectory(), "config"), Path.Combine(AppContext.BaseDirectory, "config") })
        {
            var candidate = Path.Combine(folder, "appsettings.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new ConfigurationError("no config/appsettings.json in the current folder or beside the executable; pass --config FILE");
    }
}
