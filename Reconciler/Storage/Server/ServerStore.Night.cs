using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    public IReadOnlyList<OutstandingItem> LoadOutstandingItems(DateOnly asOf) => Read(Sql.Night.OutstandingItems, r =>
    {
        var item = new PaymentItem
        {
            Id = Text(r, 1),
            Kind = Text(r, 2),
            Gross = Amount(r, 3),
            Fee = Amount(r, 4),
            InvoiceReference = NullableText(r, 5),
            Customer = NullableText(r, 6),
            Text = NullableText(r, 7),
            Claim = Json<ClaimPayment>(NullableText(r, 8)),
            Location = NullableText(r, 9),
        };
        return new OutstandingItem(Text(r, 0), item, Text(r, 10), Text(r, 11), Date(r, 12), Text(r, 13), Text(r, 14), Amount(r, 15));
    }, ("@asOf", asOf));

    public IReadOnlyList<NightBatch> LoadUnsettledBatches(DateOnly asOf)
    {
        var batches = new List<(string Key, PaymentBatch Batch, List<PaymentItem> Items)>();
        using var command = Command(Sql.Night.UnsettledBatches, ("@asOf", asOf));
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var key = Text(r, 0);
            if (batches.Count == 0 || batches[^1].Key != key)
            {
                var items = new List<PaymentItem>();
                batches.Add((key, new PaymentBatch
                {
                    Kind = Text(r, 1),
                    Id = Text(r, 2),
                    Date = NullableDate(r, 3),
                    Amount = Amount(r, 4),
                    Currency = Text(r, 5),
                    Trace = NullableText(r, 6),
                    Payer = NullableText(r, 7),
                    Location = NullableText(r, 8),
                    Method = NullableText(r, 9),
                    Items = items,
                }, items));
            }
            if (r.IsDBNull(10)) continue;
            batches[^1].Items.Add(new PaymentItem
            {
                Id = Text(r, 10), Kind = Text(r, 11), Gross = Amount(r, 12), Fee = Amount(r, 13),
                InvoiceReference = NullableText(r, 14), Customer = NullableText(r, 15), Text = NullableText(r, 16),
            });
        }
        return batches.Select(b => new NightBatch(b.Key, b.Batch)).ToList();
    }

    public IReadOnlyList<PriorPayment> PriorPayments(DateOnly asOf) =>
        Read(Sql.Night.PriorPayments, r => new PriorPayment(Text(r, 0), Amount(r, 1), Date(r, 2), Text(r, 3)), ("@asOf", asOf));

    public IReadOnlyList<OpenItem> PreviousOpenItems(DateOnly asOf) => Read(Sql.Night.PreviousOpenItems, r =>
        new OpenItem(Text(r, 0), Text(r, 1), Text(r, 2), Date(r, 3), Date(r, 4), Text(r, 5), Amount(r, 6), Amount(r, 7)), ("@asOf", asOf));

    public IReadOnlyDictionary<string, DateOnly> FirstSeen(IEnumerable<string> exceptionIds, DateOnly asOf)
    {
        var wanted = exceptionIds.ToHashSet(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (id, date) in Read(Sql.Night.FirstSeen, r => (Text(r, 0), Date(r, 1)), ("@asOf", asOf)))
        {
            if (wanted.Contains(id)) firstSeen[id] = date;
        }
        return firstSeen;
    }

    public IReadOnlyList<CarryForward.Carried> PreviousExceptions(DateOnly asOf) => Read(Sql.Night.PreviousExceptions, Carried, ("@asOf", asOf));

    /// <summary>An exceptions row (category, severity, ..., candidates) with its first-seen date.</summary>
    private static CarryForward.Carried Carried(System.Data.Common.DbDataReader r)
    {
        var discrepancy = new Discrepancy
        {
            Category = Text(r, 0),
            Severity = Enum.Parse<Severity>(Text(r, 1), ignoreCase: true),
            SourceKind = Text(r, 2),
            SourceId = Text(r, 3),
            InvoiceNumber = NullableText(r, 4),
            CustomerId = NullableText(r, 5),
            Amount = NullableAmount(r, 6),
            ExpectedAmount = NullableAmount(r, 7),
            Currency = Text(r, 8),
            Description = Text(r, 10),
            SuggestedAction = Text(r, 11),
            Candidates = Json<List<string>>(NullableText(r, 12)) ?? [],
        };
        return new CarryForward.Carried(discrepancy, Date(r, 9));
    }
}
