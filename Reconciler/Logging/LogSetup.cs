using Microsoft.Extensions.Configuration;
using Reconciler.Configuration;
using Serilog;
using Serilog.Events;

namespace Reconciler.Logging;

/// <summary>
/// Serilog from the "Serilog" section of appsettings.json. Relative file-sink paths are made absolute
/// against the configuration's home folder so the logs land in one place whatever the current folder.
/// </summary>
public static class LogSetup
{
    /// <param name="minimum">Overrides the minimum level everywhere (--verbose).</param>
    /// <param name="console">Restricts only the console sink (--quiet, or a person watching the tables); the files keep everything.</param>
    public static ILogger Create(IConfigurationRoot configuration, string home, LogEventLevel? minimum = null, LogEventLevel? console = null)
    {
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var key = $"{sink.Path}:Args:path";
            var path = configuration[key];
            if (path is not null && !Path.IsPathRooted(path)) configuration[key] = path = Path.Combine(home, path);
            // Log events name files, amounts and masked accounts: the folder is for its owner only (0700 on Unix).
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder)) PrivateFiles.CreateFolder(folder);
            if (console is { } restricted && configuration[$"{sink.Path}:Name"] == "Console")
                configuration[$"{sink.Path}:Args:restrictedToMinimumLevel"] = restricted.ToString();
        }
        if (minimum is { } level) configuration["Serilog:MinimumLevel:Default"] = level.ToString();

        return new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(HostStartCancelled)
            .CreateLogger();
    }

    /// <summary>
    /// The worker's host logs a start cancelled by Ctrl+C or SIGTERM as an error ("Hosting failed to start"). The worker says
    /// itself that it stopped while starting, and a start that fails otherwise still ends the command with its error, so
    /// that event is not logged: an operator's clean stop leaves no error in the logs.
    /// </summary>
    private static bool HostStartCancelled(LogEvent e) =>
        e.Level >= LogEventLevel.Error && IsCancellation(e.Exception)
        && e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" };

    // Quartz wraps the cancellation of its store's statements in its own exceptions: the cancellation is looked for inside.
    private static bool IsCancellation(Exception? e) => e switch
    {
        null => false,
        OperationCanceledException => true,
        AggregateException all => all.InnerExceptions.Any(IsCancellation),
        _ => IsCancellation(e.InnerException),
    };
}
