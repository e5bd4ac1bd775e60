using System.Data.Common;

namespace Reconciler.Storage;

/// <summary>Connection strings as they may be shown: in logs, messages and descriptions, never with a secret.</summary>
public static class ConnectionStrings
{
    private static readonly string[] SecretKeys = ["password", "pwd", "passfile", "access token", "accesstoken", "secret", "key"];

    /// <summary>The connection string with every password-like value replaced by ***.</summary>
    public static string Redact(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return "";
        var builder = new DbConnectionStringBuilder();
        try { builder.ConnectionString = connectionString; }
        catch (ArgumentException) { return "(unreadable connection string)"; }
        foreach (var key in builder.Keys.Cast<string>().ToList())
        {
            var normalised = key.Trim().ToLowerInvariant();
            if (SecretKeys.Any(s => normalised == s || normalised.EndsWith(" " + s, StringComparison.Ordinal))) builder[key] = "***";
        }
        return builder.ConnectionString;
    }
}
