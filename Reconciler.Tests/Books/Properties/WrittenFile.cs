namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// A file written for a night, and where each event landed in it: the row's key inside the file (a bank line's ordinal
/// <c>000003</c>, a batch item's <c>B00001-00002</c>), which with the file's content hash is the id reports use.
/// </summary>
public sealed record WrittenFile(string Name, string Content, IReadOnlyList<(NightEvent Event, string Key)> Rows);
