using System.Security.Cryptography;
using System.Text;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Shared;

/// <summary>
/// <see cref="Discrepancy.Id"/> written into a span: the property makes an interpolated key, its bytes, the hash and
/// the hex as four new objects on every read, and the reports read it for every exception (twice in the workbook).
/// Same text as the property (a test holds them together).
/// </summary>
public static class ExceptionIdText
{
    /// <summary>"EX-" and 12 hex digits.</summary>
    public const int Length = 15;

    public static void Write(Discrepancy d, Span<char> destination)
    {
        // The key is category|sourceKind|sourceId|invoiceNumber, as Discrepancy.StableId makes it.
        var keyLength = d.Category.Length + d.SourceKind.Length + d.SourceId.Length + (d.InvoiceNumber?.Length ?? 0) + 3;
        Span<char> key = keyLength <= 256 ? stackalloc char[keyLength] : new char[keyLength];
        var at = 0;
        Append(key, ref at, d.Category, '|');
        Append(key, ref at, d.SourceKind, '|');
        Append(key, ref at, d.SourceId, '|');
        d.InvoiceNumber.AsSpan().CopyTo(key[at..]);
        var byteCount = Encoding.UTF8.GetByteCount(key);
        Span<byte> bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(key, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        "EX-".CopyTo(destination);
        Convert.TryToHexString(hash[..6], destination[3..], out _);
    }

    private static void Append(Span<char> key, ref int at, string part, char separator)
    {
        part.CopyTo(key[at..]);
        at += part.Length;
        key[at++] = separator;
    }
}
