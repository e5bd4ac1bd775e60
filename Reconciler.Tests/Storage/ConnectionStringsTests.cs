using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public sealed class ConnectionStringsTests
{
    [TestCase("Host=db;Username=recon;Password=s3cret;Database=ar")]
    [TestCase("Server=db;User ID=recon;PWD=s3cret;Initial Catalog=ar")]
    [TestCase("Server=db;password='s3cret;with;semicolons';Database=ar")]
    public void Redact_HidesThePasswordAndKeepsTheRest(string connection)
    {
        var redacted = ConnectionStrings.Redact(connection);

        Assert.That(redacted, Does.Not.Contain("s3cret").And.Contain("***").And.Contain("db"));
    }

    [Test]
    public void Redact_OfNothing_IsEmpty() => Assert.That(ConnectionStrings.Redact(null), Is.Empty);
}
