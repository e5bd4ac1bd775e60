namespace Reconciler.Storage.Rows;

/// <summary>
/// Whether a bank line's stored texts may name a card processor's charge or payment (<c>ch_</c>, <c>py_</c>, in any case): a
/// return or dispute that names one looks for its original among the earlier credits that do. Worked out once, as the line is
/// stored (<c>bank_transactions.names_processor_id</c>), so that the search does not match every earlier line's texts each night.
/// It is the test the column's migration ran on stored lines with LIKE (which in SQLite ignores the case of ASCII letters).
/// </summary>
internal static class ProcessorIdMention
{
    public static bool In(params ReadOnlySpan<string?> storedTexts)
    {
        foreach (var text in storedTexts)
            if (text is not null && (text.Contains("ch_", StringComparison.OrdinalIgnoreCase) || text.Contains("py_", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }
}
