using System.Data.Common;
using Reconciler.Ingest;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    public ImportRecord? FindIngested(string contentHash) =>
        Read(Sql.Imports.FindIngested, ReadImport, ("@hash", contentHash)).FirstOrDefault();

    public ImportRecord SaveImport(NewImport import, ParsedFile parsed)
    {
        var status = parsed.HasErrors ? "quarantined" : "ingested";
        var records = parsed.RecordCount;
        using var unit = Begin();
        var importId = Convert.ToInt64(Scalar(Sql.Imports.Insert,
            ("@hash", import.ContentHash), ("@file", import.FileName), ("@format", parsed.Format), ("@status", status),
            ("@records", records), ("@problems", string.Join('\n', parsed.Problems.Select(p => $"{p.Severity}: {p}"))),
            ("@asOf", import.AsOf), ("@run", import.RunId), ("@at", Instant(import.At))), System.Globalization.CultureInfo.InvariantCulture);
        if (status == "ingested") new ServerImportWriter(this, importId, import.ContentHash).Write(parsed);
        LinkImport(import.RunId, importId, status);
        unit.Commit();
        return new ImportRecord(importId, import.ContentHash, import.FileName, parsed.Format, status, records, import.AsOf);
    }

    public void LinkImport(string runId, long importId, string outcome) =>
        Execute(Sql.Imports.Link, ("@run", runId), ("@import", importId), ("@outcome", outcome));

    public IReadOnlyList<OutstandingCash> LoadOutstandingCash(DateOnly asOf) => LoadLines(asOf, debits: false);

    public IReadOnlyList<OutstandingCash> LoadNightDebits(DateOnly asOf) => LoadLines(asOf, debits: true);

    private List<OutstandingCash> LoadLines(DateOnly asOf, bool debits) => Read(Sql.Night.Lines, r =>
    {
        var transaction = new BankTransaction
        {
            Id = Text(r, 0),
            Account = Text(r, 1),
            BookingDate = Date(r, 2),
            ValueDate = NullableDate(r, 3),
            Amount = Amount(r, 4),
            Currency = Text(r, 5),
            TypeCode = NullableText(r, 6),
            BankReference = NullableText(r, 7),
            CustomerReference = NullableText(r, 8),
            Counterparty = NullableText(r, 9),
            Remittance = NullableText(r, 10),
            References = Json<List<string>>(NullableText(r, 11)) ?? [],
            Reversal = r.GetBoolean(12),
            Items = Json<List<BatchDetail>>(NullableText(r, 13)) ?? [],
            Location = NullableText(r, 14),
        };
        return new OutstandingCash(transaction, Text(r, 15), Amount(r, 16), Date(r, 17));
    }, ("@asOf", asOf), ("@debits", debits));

    public IReadOnlyDictionary<string, PreviousBalance> PreviousBalances(DateOnly asOf) =>
        Read(Sql.Night.PreviousBalances, r => (Key: Text(r, 0), Value: new PreviousBalance(Amount(r, 1), Amount(r, 2))), ("@asOf", asOf))
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    private static ImportRecord ReadImport(DbDataReader r) =>
        new(Long(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), (int)Long(r, 5), Date(r, 6));
}
