using System.Runtime.InteropServices;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// The C heap SQLite allocates from. Freed memory there stays in the process (glibc keeps it for the next malloc) unless the
/// heap is trimmed: after SQLite drops its page cache, trimming is what makes the drop show in the working set.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns the C heap's free pages to the system, where the C library can (glibc on Linux); elsewhere nothing.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): the memory is reused by SQLite later, only not given back meanwhile.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
