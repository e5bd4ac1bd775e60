using System.Text;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The contract's token rule: an invoice number is referenced by any token that equals it ignoring case
/// and the separators <c>- _ / # .</c> and spaces. Both sides are reduced to the same key.
/// </summary>
public static class ReferenceKey
{
    /// <summary>Most atoms a reference may be spread over ("INV 2024 0001" is three).</summary>
    public const int MaxAtomsPerReference = 4;

    /// <summary>The key of an invoice number: upper-case letters and digits only.</summary>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// A text's atoms (it is cut at any character that is not a letter or digit), without allocating: its letters and digits, upper-cased, are laid side by side in
    /// <paramref name="buffer"/> (at least as long as the text) and <paramref name="atomEnds"/>[i] is where atom i
    /// ends in it, so the key of atoms i..j is buffer[atomEnds[i-1]..atomEnds[j]]. Returns the number of atoms.
    /// </summary>
    public static int Atoms(string text, Span<char> buffer, Span<int> atomEnds)
    {
        var length = 0;
        var count = 0;
        var inAtom = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
                inAtom = true;
            }
            else if (inAtom)
            {
                atomEnds[count++] = length;
                inAtom = false;
            }
        }
        if (inAtom) atomEnds[count++] = length;
        return count;
    }

    /// <summary>
    /// Visits every key a text could reference: runs of up to <see cref="MaxAtomsPerReference"/> neighbouring atoms
    /// joined, so "INV-1001/INV-1002", "inv 1001" and "INV#1001" all yield INV1001. No string per key: each key
    /// is a span over a scratch buffer, valid only during the call. Stops at the first key <paramref name="visit"/>
    /// answers true for, and returns whether there was one. The visitor gets its state by reference, so a static
    /// lambda will do (no closure per text: this runs for every text of every payment).
    /// </summary>
    public static bool AnyKey<TState>(string text, ref TState state, KeyVisitor<TState> visit) =>
        AnyKey(text, 1, int.MaxValue, ref state, visit);

    /// <summary>
    /// As <see cref="AnyKey{TState}(string, ref TState, KeyVisitor{TState})"/>, visiting only the keys of
    /// <paramref name="minLength"/> to <paramref name="maxLength"/> characters: an index whose keys all have such lengths
    /// is spared the lookups of the others (most runs of atoms in a text are shorter or longer than any invoice number).
    /// </summary>
    public static bool AnyKey<TState>(string text, int minLength, int maxLength, ref TState state, KeyVisitor<TState> visit)
    {
        const int OnStack = 256;
        var rentedChars = text.Length > OnStack ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        var rentedEnds = text.Length > OnStack ? System.Buffers.ArrayPool<int>.Shared.Rent(text.Length) : null;
        Span<char> buffer = rentedChars ?? stackalloc char[OnStack];
        Span<int> ends = rentedEnds ?? stackalloc int[OnStack];
        try
        {
            var atoms = Atoms(text, buffer, ends);
            for (var start = 0; start < atoms; start++)
            {
                var from = start == 0 ? 0 : ends[start - 1];
                for (var length = 1; length <= MaxAtomsPerReference && start + length <= atoms; length++)
                {
                    var to = ends[start + length - 1];
                    if (to - from > maxLength) break; // longer runs from here are longer still
                    if (to - from >= minLength && visit(buffer[from..to], ref state)) return true;
                }
            }
            return false;
        }
        finally
        {
            if (rentedChars is not null) System.Buffers.ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedEnds is not null) System.Buffers.ArrayPool<int>.Shared.Return(rentedEnds);
        }
    }

    public delegate bool KeyVisitor<TState>(ReadOnlySpan<char> key, ref TState state);
}
