namespace Reconciler.Rules.Matching;

/// <summary>
/// A payment's words for <see cref="CustomerIndex"/>: their letters side by side in one buffer, and where each is, so
/// that no word of a payment's texts becomes a string of its own.
/// </summary>
internal sealed class PaymentWords
{
    private char[] _letters = new char[256];
    private int _used;

    public List<(int Start, int Length)> Tokens { get; } = new(32);

    public PaymentWords Cleared()
    {
        _used = 0;
        Tokens.Clear();
        return this;
    }

    public void Add(string? text) => NameTokens.Append(text, ref _letters, ref _used, Tokens);

    public ReadOnlySpan<char> Of(int index) => _letters.AsSpan(Tokens[index].Start, Tokens[index].Length);
}
