using Microsoft.Data.Sqlite;

namespace Reconciler.Cli;

/// <summary>One sentence for a failed command: what failed, in the operator's words, with the system's own message after it.</summary>
public static class FailureText
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteCorrupt = 11, SqliteFull = 13, SqliteNotADatabase = 26;

    public static string Describe(Exception failure)
    {
        var e = failure.GetBaseException();
        var reason = e.Message.ReplaceLineEndings(" ").Trim();
        return e switch
        {
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
                $"the database is locked by another process and stayed locked for Reconciler:Database:BusyTimeoutSeconds ({reason})",
            SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase } =>
                $"the database file is damaged or not a Reconciler database; restore it from a backup or give --db another file ({reason})",
            SqliteException { SqliteErrorCode: SqliteFull } => $"the database's disk is full ({reason})",
            IOException when IsDiskFull(e) => $"the disk is full ({reason})",
            UnauthorizedAccessException => $"no permission to write there ({reason})",
            _ => reason,
        };
    }

    // ENOSPC (28) on Unix, ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39) on Windows.
    private static bool IsDiskFull(Exception e) => (e.HResult & 0xFFFF) is 28 or 112 or 39;
}
