using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// The amount field of a 16 record, read where the record is cut. Its text is kept only when a problem quotes it
/// (unreadable, or signed): most amounts are read without a string.
/// </summary>
/// <remarks>The default is a defaulted (empty) amount: readable, no value, unsigned.</remarks>
internal readonly record struct Bai2DetailAmount(bool Unreadable, decimal? Raw, bool Signed, string Text)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Bai2DetailAmount Read(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim();
        var read = Bai2Amount.TryParseRaw(trimmed, out var raw, out var signed);
        return new Bai2DetailAmount(!read, raw, signed, !read || signed ? Bai2Codes.Text(trimmed) : "");
    }
}
