namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// What did not hold on a night. <see cref="Kind"/> names the check, so that shrinking keeps a case failing for the same
/// reason (a case shrunk to nothing may fail some other way, which is not the failure being explained).
/// </summary>
public sealed record Failure(string Kind, string Text)
{
    /// <summary>The text, which names the kind of each problem in it.</summary>
    public override string ToString() => Text;
}
