using System.Diagnostics.CodeAnalysis;

namespace Reconciler.Storage.Rows;

/// <summary>
/// One string per distinct text of a few-valued column (currencies, kinds, file names, payers) while a night loads: a big
/// night holds its lines to the end, and a copy of "USD" per line was tens of MB of its peak. Past <see cref="MaxTexts"/>
/// texts a column is not the few-valued kind and texts are kept as read.
/// </summary>
internal sealed class TextPool
{
    private const int MaxTexts = 4096;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(text))]
    public string? Shared(string? text)
    {
        if (text is null) return null;
        if (_texts.TryGetValue(text, out var shared)) return shared;
        if (_texts.Count < MaxTexts) _texts[text] = text;
        return text;
    }
}
