namespace Reconciler.Storage;

/// <summary>What <c>explain</c> prints: a title and sections of lines, newest night first.</summary>
public sealed record Story(string Title, IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections);
