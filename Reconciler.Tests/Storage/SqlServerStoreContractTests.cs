using Reconciler.Storage;
using Reconciler.Storage.SqlServer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>The store contract on SQL Server, when RECONCILER_TEST_SQLSERVER names one; otherwise each test reports itself skipped.</summary>
public sealed class SqlServerStoreContractTests : StoreContractTests
{
    private string? _name;
    private string? _connection;

    public override void CreateDatabase() => (_name, _connection) = SqlServerTestServer.CreateDatabase();

    public override void DropDatabase()
    {
        if (_name is not null) SqlServerTestServer.DropDatabase(_name);
    }

    protected override IReconciliationStore OpenStore() => new SqlServerStore(_connection!);
}
