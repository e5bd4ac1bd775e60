using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;
using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>A read 16 record: its raw amount (for the control totals), its direction, and the transaction if it is one.</summary>
// A struct: one is made per 16 record and only read by the account builder.
internal readonly record struct Bai2ReadDetail(decimal Raw, Bai2CodeKind Kind, BankTransaction? Transaction);

/// <summary>Turns a 16 record (and its 88s) into a bank transaction: direction from the type code alone.</summary>
internal static class Bai2TransactionReader
{
    /// <param name="location">Writes "file:line N" with the file's prefix made once.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Bai2ReadDetail? Read(
        Bai2Entry entry, Bai2Summary account, Bai2Group group, string id, string file, LineLocation location, List<ParseProblem> problems)
    {
        var detail = Bai2Detail.Read(entry);
        if (detail.StrayLeadingComma)
            problems.Add(ParseProblem.Warning(file, entry.Location, "type code", "16 record has an empty field before the type code; read as if it were absent"));
        var kind = Bai2TypeCode.Classify(detail.TypeCode);
        if (!Bai2TypeCode.IsWellFormed(detail.TypeCode))
        {
            problems.Add(ParseProblem.Error(file, entry.Location, "type code", $"'{detail.TypeCode}' is not a three-digit BAI2 type code"));
            return null;
        }
        if (detail.Amount.Unreadable)
        {
            problems.Add(ParseProblem.Error(file, entry.Location, "amount", $"'{detail.Amount.Text}' is not a BAI2 amount"));
            return null;
        }
        var raw = detail.Amount.Raw ?? 0m;
        if (detail.Amount.Raw is null && kind != Bai2CodeKind.TextOnly)
            problems.Add(ParseProblem.Warning(file, entry.Location, "amount", $"16 record with type code {detail.TypeCode} has no amount; read as 0"));
        if (detail.Amount.Signed && kind is Bai2CodeKind.Credit or Bai2CodeKind.Debit)
            problems.Add(ParseProblem.Warning(file, entry.Location, "amount", $"detail amount '{detail.Amount.Text}' carries a sign; the direction comes from type code {detail.TypeCode}"));
        if (!Bai2FundsType.IsKnown(detail.FundsType))
            problems.Add(ParseProblem.Warning(file, entry.Location, "funds type", $"funds type '{detail.FundsType}' is not one of Z, 0, 1, 2, V, S, D"));

        switch (kind)
        {
            case Bai2CodeKind.Status or Bai2CodeKind.SummaryCredit or Bai2CodeKind.SummaryDebit:
                problems.Add(ParseProblem.Warning(file, entry.Location, "type code",
                    $"type code {detail.TypeCode} is a {(kind == Bai2CodeKind.Status ? "balance" : "total")}, not a transaction; not read as one"));
                return new Bai2ReadDetail(raw, kind, null);
            case Bai2CodeKind.Unknown:
                problems.Add(ParseProblem.Warning(file, entry.Location, "type code",
                    $"type code {detail.TypeCode} has no credit or debit direction (loan or undefined code); read as information only"));
                break;
        }

        var magnitude = Math.Abs(Bai2Amount.Scale(raw, account.MinorUnits));
        var status = kind is Bai2CodeKind.TextOnly or Bai2CodeKind.Unknown ? TransactionStatus.Info : group.TransactionStatus;
        var transaction = new BankTransaction
        {
            Id = id,
            Account = account.Account,
            BookingDate = group.AsOf,
            ValueDate = ValueDate(in detail, file, entry, problems),
            Amount = kind == Bai2CodeKind.Debit ? -magnitude : kind == Bai2CodeKind.TextOnly ? 0m : magnitude,
            Currency = account.Currency,
            Status = status,
            TypeCode = detail.TypeCode,
            BankReference = NullIfEmpty(detail.BankReference),
            CustomerReference = NullIfEmpty(detail.CustomerReference),
            Remittance = NullIfEmpty(detail.Text),
            References = Bai2Trn.Find(detail.Text),
            Location = location.At(entry.Line),
        };
        return new Bai2ReadDetail(raw, kind, transaction);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? ValueDate(in Bai2Detail detail, string file, Bai2Entry entry, List<ParseProblem> problems)
    {
        if (!detail.FundsType.Trim().Equals("V", StringComparison.OrdinalIgnoreCase)) return null;
        var text = detail.Extras.ElementAtOrDefault(0) ?? "";
        if (Bai2Date.TryParse(text, out var date)) return date;
        problems.Add(ParseProblem.Warning(file, entry.Location, "value date", $"'{text}' is not a YYMMDD value date"));
        return null;
    }

    // The fields come trimmed already (Trim then returns the same string): one call, no second pass.
    private static string? NullIfEmpty(string s) => s.Trim() is { Length: > 0 } t ? t : null;
}
