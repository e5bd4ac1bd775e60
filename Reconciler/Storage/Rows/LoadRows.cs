using System.Data.Common;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using static Reconciler.Storage.ReconciliationStore;

namespace Reconciler.Storage.Rows;

/// <summary>What a night loads, made again from the rows of the night's load queries (in their column order).</summary>
internal static class LoadRows
{
    /// <summary>An open item snapshot from <c>invoice_number ... open_x4, responsible, created_from, patient_name, patient_id, secondary_payer_id</c> at <paramref name="at"/>.</summary>
    public static OpenItem Snapshot(DbDataReader r, int at)
    {
        var item = new OpenItem(Text(r, at), Text(r, at + 1), Text(r, at + 2), Date(r, at + 3), Date(r, at + 4), Text(r, at + 5), Amount(r, at + 6), Amount(r, at + 7));
        var (responsible, createdFrom, name) = (NullableText(r, at + 8), NullableText(r, at + 9), NullableText(r, at + 10));
        var (patientId, secondaryPayer) = (NullableText(r, at + 11), NullableText(r, at + 12));
        if (responsible is null && name is null && patientId is null && secondaryPayer is null) return item; // most rows: no copy
        return item with
        {
            Responsible = responsible,
            CreatedFrom = createdFrom,
            // A patient item's customer is its patient (rows stored before V014 have no patient_id).
            PatientId = patientId ?? (responsible == Rules.Aging.Responsibility.Patient ? item.CustomerId : null),
            Patient = name is null ? null : PatientName.FromStored(name),
            SecondaryPayerId = secondaryPayer,
        };
    }

    public static OutstandingCash Cash(DbDataReader r, TextPool pool)
    {
        var transaction = new BankTransaction
        {
            Id = Text(r, 0),
            Account = pool.Shared(Text(r, 1)),
            BookingDate = Date(r, 2),
            ValueDate = NullableDate(r, 3),
            Amount = Amount(r, 4),
            Currency = pool.Shared(Text(r, 5)),
            TypeCode = pool.Shared(NullableText(r, 6)),
            BankReference = NullableText(r, 7),
            CustomerReference = NullableText(r, 8),
            Counterparty = NullableText(r, 9),
            Remittance = NullableText(r, 10),
            References = Json<List<string>>(NullableText(r, 11)) ?? [],
            Reversal = r.GetBoolean(12),
            Items = Json<List<BatchDetail>>(NullableText(r, 13)) ?? [],
            Location = NullableText(r, 14),
        };
        return new OutstandingCash(transaction, pool.Shared(Text(r, 15)), Amount(r, 16), Date(r, 17));
    }

    public static OutstandingItem Item(DbDataReader r, TextPool pool)
    {
        var item = new PaymentItem
        {
            Id = Text(r, 1),
            Kind = pool.Shared(Text(r, 2)),
            Gross = Amount(r, 3),
            Fee = Amount(r, 4),
            InvoiceReference = NullableText(r, 5),
            Customer = pool.Shared(NullableText(r, 6)),
            Text = NullableText(r, 7),
            Claim = Json<ClaimPayment>(NullableText(r, 8)),
            Location = NullableText(r, 9),
        };
        return new OutstandingItem(Text(r, 0), item, pool.Shared(Text(r, 10)), Text(r, 11), Date(r, 12), pool.Shared(Text(r, 13)), pool.Shared(Text(r, 14)), Amount(r, 15));
    }

    /// <summary>Batches with their items, one row per item (a batch without items on one row of nulls), in batch order.</summary>
    public static List<NightBatch> Batches(DbDataReader r)
    {
        var pool = new TextPool();
        var batches = new List<(string Key, PaymentBatch Batch, List<PaymentItem> Items)>();
        while (r.Read())
        {
            var key = Text(r, 0);
            if (batches.Count == 0 || batches[^1].Key != key)
            {
                var items = new List<PaymentItem>();
                batches.Add((key, new PaymentBatch
                {
                    Kind = pool.Shared(Text(r, 1)),
                    Id = Text(r, 2),
                    Date = NullableDate(r, 3),
                    Amount = Amount(r, 4),
                    Currency = pool.Shared(Text(r, 5)),
                    Trace = NullableText(r, 6),
                    Payer = NullableText(r, 7),
                    Location = NullableText(r, 8),
                    Method = pool.Shared(NullableText(r, 9)),
                    Items = items,
                }, items));
            }
            if (r.IsDBNull(10)) continue;
            batches[^1].Items.Add(new PaymentItem
            {
                Id = Text(r, 10), Kind = pool.Shared(Text(r, 11)), Gross = Amount(r, 12), Fee = Amount(r, 13),
                InvoiceReference = NullableText(r, 14), Customer = pool.Shared(NullableText(r, 15)), Text = NullableText(r, 16),
            });
        }
        return batches.Select(b => new NightBatch(b.Key, b.Batch)).ToList();
    }
}
