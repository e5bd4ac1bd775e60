namespace Reconciler.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A fixture file under Reconciler.Tests/Fixtures.</summary>
    public static string Fixture(params string[] parts) => System.IO.Path.Combine([Root, "Reconciler.Tests", "Fixtures", .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Reconciler.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Reconciler.sln not found above " + AppContext.BaseDirectory);
    }
}
