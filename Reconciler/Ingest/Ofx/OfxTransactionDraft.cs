using System.Runtime.CompilerServices;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Ofx;

/// <summary>
/// One STMTTRN read on its own, before its statement is known: everything but the account, the currency and the id,
/// which the statement adds (<see cref="OfxStatementReader"/>; ids are given in statement order). Its problems wait
/// here too, so they reach the file's list in the same order as if the statement had read the entry itself.
/// </summary>
internal sealed class OfxTransactionDraft
{
    /// <summary>The problems of the entry, in order; null when there are none.</summary>
    public List<ParseProblem>? Problems { get; private set; }

    /// <summary>False when a problem (no date, no amount ...) means the entry makes no transaction.</summary>
    public bool Valid { get; private set; }

    /// <summary>CURSYM values in the entry (see <see cref="OfxElement.CollectSymbols"/>); null when it has none.</summary>
    public List<string?>? Symbols { get; private set; }

    public string? FitId { get; private set; }
    public int IdLine { get; private set; }
    public DateOnly BookingDate { get; private set; }
    public DateOnly? ValueDate { get; private set; }
    public decimal Amount { get; private set; }
    public string? TypeCode { get; private set; }
    public string? CustomerReference { get; private set; }
    public string? Counterparty { get; private set; }
    public string? Remittance { get; private set; }
    public IReadOnlyList<string> References { get; private set; } = [];
    public string Location { get; private set; } = "";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static OfxTransactionDraft Read(string file, OfxElement entry)
    {
        var draft = new OfxTransactionDraft();
        List<string?>? symbols = null;
        entry.CollectSymbols(ref symbols);
        draft.Symbols = symbols;
        draft.Fill(file, entry);
        return draft;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(string file, OfxElement entry)
    {
        var fields = new OfxEntryFields(entry);
        var posted = fields.DtPosted;
        var amountElement = fields.TrnAmt;
        if (!OfxValues.TryDate(Raw(posted), out var booking, out var dateError))
            Add(ParseProblem.Error(file, $"line {(posted ?? entry).Line}", "DTPOSTED", posted is null ? "the transaction has no DTPOSTED" : dateError!));
        if (!OfxValues.TryAmount(Raw(amountElement), out var amount, out var amountError))
            Add(ParseProblem.Error(file, $"line {(amountElement ?? entry).Line}", "TRNAMT", amountElement is null ? "the transaction has no TRNAMT" : amountError!));
        DateOnly? available = null;
        // Value("DTAVAIL") when it is not empty, without making it a string.
        if (fields.DtAvail is { } availElement && Raw(availElement).Trim() is { Length: > 0 } avail)
        {
            if (OfxValues.TryDate(avail, out var a, out var availError)) available = a;
            else Add(ParseProblem.Warning(file, $"line {availElement.Line}", "DTAVAIL", availError!));
        }
        if (Problems is not null) return;

        FitId = Value(fields.FitId);
        IdLine = fields.FitId?.Line ?? entry.Line;
        var checkNumber = NullIfEmpty(Value(fields.CheckNum));
        var refNumber = NullIfEmpty(Value(fields.RefNum));
        List<string>? references = null;
        if (refNumber is not null && checkNumber is not null) (references ??= []).Add(refNumber);
        if (NullIfEmpty(Value(fields.CorrectFitId)) is { } corrected)
        {
            (references ??= []).Add(corrected);
            Add(ParseProblem.Warning(file, $"line {entry.Line}", "CORRECTFITID",
                $"the transaction corrects an earlier one ({Value(fields.CorrectAction) ?? "REPLACE"} of FITID {corrected})"));
        }
        Valid = true;
        BookingDate = booking;
        ValueDate = available;
        Amount = amount;
        TypeCode = fields.TrnType is { } type && !type.RawText.Contains('&') ? Shared(type.RawText) : NullIfEmpty(Value(fields.TrnType));
        CustomerReference = checkNumber ?? refNumber;
        Counterparty = NullIfEmpty(Value(fields.Name)) ?? NullIfEmpty(fields.Payee?.Value("NAME")) ?? NullIfEmpty(Value(fields.ExtdName));
        Remittance = NullIfEmpty(Value(fields.Memo));
        References = (IReadOnlyList<string>?)references ?? [];
        Location = $"{file}:{entry.Line}";
    }

    private void Add(ParseProblem problem) => (Problems ??= []).Add(problem);

    /// <summary>A leaf's text for a value parser: as written when it has no entity (the common case, no string made).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Raw(OfxElement? element) =>
        element is null ? default : element.RawText.Contains('&') ? element.Text : element.RawText;

    /// <summary>What <see cref="OfxElement.Value"/> gives for this child: its text trimmed, "" when empty, null when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? Value(OfxElement? element) => element is null ? null : element.Text?.Trim() ?? "";

    /// <summary>A short code (TRNTYPE) as a shared string; null when empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? Shared(ReadOnlySpan<char> text) => text.IsWhiteSpace() ? null : OfxNames.Share(text.Trim());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
