namespace Reconciler.Ingest.Bai2;

/// <summary>One status or summary figure of an 03 record: type code and raw (minor-unit) amount.</summary>
internal sealed record Bai2Figure(string TypeCode, decimal Raw);

/// <summary>An 03 record read funds-type-aware across its 88 continuations.</summary>
internal sealed record Bai2Summary(string Account, string Currency, IReadOnlyList<Bai2Figure> Figures)
{
    /// <summary>The currency's decimals, looked up once per account rather than once per transaction.</summary>
    public int MinorUnits { get; } = Rules.Model.CurrencyInfo.MinorUnits(Currency);

    public static Bai2Summary Read(Bai2Entry entry, string groupCurrency, string file, List<ParseProblem> problems)
    {
        var partEnds = new List<int>(2);
        var fields = entry.Fields(partEnds);
        var account = fields.ElementAtOrDefault(0)?.Trim() ?? "";
        if (account.Length == 0) problems.Add(ParseProblem.Error(file, entry.Location, "customer account number", "03 record has no account number"));
        var currency = fields.ElementAtOrDefault(1)?.Trim().ToUpperInvariant() ?? "";
        if (currency.Length == 0) currency = groupCurrency;
        else if (!Rules.Model.CurrencyInfo.IsWellFormed(currency))
        {
            problems.Add(ParseProblem.Error(file, entry.Location, "currency code", $"'{currency}' is not an ISO 4217 currency code"));
            currency = groupCurrency;
        }

        var figures = new List<Bai2Figure>();
        var i = 2;
        while (i < fields.Count)
        {
            var type = fields[i].Trim();
            if (type.Length == 0 && partEnds.Contains(i))
            {
                // "…,0,/" then "88,015,…": an empty field where a new type code would start, right before the continuation.
                // Read as a field group it would shift every later type code, amount and funds type by one.
                problems.Add(ParseProblem.Warning(file, $"line {entry.LineOfPart(partEnds, i)}", "type code",
                    "an empty field before the 88 continuation, where a type code would start: ignored, the next field group is read from the continuation"));
                i++;
                continue;
            }
            var amountField = fields.ElementAtOrDefault(i + 1) ?? "";
            var funds = fields.ElementAtOrDefault(i + 3) ?? "";
            if (!Bai2FundsType.IsKnown(funds))
                problems.Add(ParseProblem.Warning(file, entry.Location, "funds type", $"funds type '{funds}' of type code {type} is not one of Z, 0, 1, 2, V, S, D"));
            i += 4 + Bai2FundsType.ExtraFields(funds, fields.ElementAtOrDefault(i + 4));
            if (type.Length == 0 && amountField.Trim().Length == 0) continue;
            if (!Bai2TypeCode.IsWellFormed(type))
            {
                problems.Add(ParseProblem.Error(file, entry.Location, "type code", $"'{type}' is not a three-digit BAI2 type code"));
                continue;
            }
            if (!Bai2Amount.TryParseRaw(amountField, out var raw, out _))
            {
                problems.Add(ParseProblem.Error(file, entry.Location, "amount", $"'{amountField.Trim()}' (type code {type}) is not a BAI2 amount"));
                continue;
            }
            if (raw is { } value) figures.Add(new Bai2Figure(type, value));
        }
        return new Bai2Summary(account, currency, figures);
    }
}
