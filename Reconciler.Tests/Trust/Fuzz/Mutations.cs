using System.Text;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>
/// Damages a valid file the ways files get damaged in transit and by hand: flipped and lost bytes, cut and
/// duplicated chunks, shuffled lines, stray delimiters and tags, other encodings, very long runs.
/// Deterministic for a given <see cref="Random"/>; each mutation names itself so a failure can be read.
/// </summary>
public static class Mutations
{
    private delegate byte[] Mutation(Random random, byte[] input);

    /// <summary>Tokens that mean something to at least one reader: delimiters, quotes, SWIFT tags, XML/SGML tags, X12 separators.</summary>
    private static readonly string[] Tokens =
    [
        ",", ";", "\t", "|", "\"", "\"\"", "'", "\r", "\n", "\r\n", ":61:", ":86:", ":62F:", ":20:", "-}", "{4:", "<", ">", "</",
        "<OFX>", "</STMTTRN>", "<Ntry>", "</Ntry>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xFFFF;", "&lt;", "~", "*", ":", "^",
        "ISA*", "SE*", "CLP*", "BPR*", "\0", "\uFEFF", "-", "+", "=", "e30", "NaN", "∞",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1e30", "0.000000001", "99999999999999999999.99", "79228162514264337593543950336", "-", ".", "1,2,3",
        "1.2.3", "00000000000000000000000000001", "2147483648", "-9223372036854775809", "12,", ",5", "9999", "0000", "1302",
    ];

    private static readonly (string Name, Mutation Apply)[] All =
    [
        ("flip bits", FlipBits), ("random bytes", RandomBytes), ("insert bytes", InsertBytes), ("delete range", DeleteRange),
        ("duplicate chunk", DuplicateChunk), ("truncate", Truncate), ("shuffle lines", ShuffleLines),
        ("duplicate lines", DuplicateLines), ("delete line", DeleteLine), ("inject token", InjectToken),
        ("replace digits", ReplaceDigits), ("replace number", ReplaceNumber), ("swap encoding", SwapEncoding),
        ("long run", LongRun), ("swap case", SwapCase),
    ];

    /// <summary>Applies one to four mutations; <paramref name="applied"/> lists them in order.</summary>
    public static byte[] Mutate(Random random, byte[] input, List<string> applied)
    {
        var output = input;
        var count = 1 + random.Next(4);
        for (var k = 0; k < count; k++)
        {
            var (name, apply) = All[random.Next(All.Length)];
            output = apply(random, output);
            applied.Add(name);
        }
        return output;
    }

    private static byte[] FlipBits(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        var copy = (byte[])input.Clone();
        for (var k = 1 + random.Next(8); k > 0; k--) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] RandomBytes(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        var copy = (byte[])input.Clone();
        for (var k = 1 + random.Next(8); k > 0; k--) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] InsertBytes(Random random, byte[] input)
    {
        var noise = new byte[1 + random.Next(16)];
        random.NextBytes(noise);
        return Splice(input, random.Next(input.Length + 1), 0, noise);
    }

    private static byte[] DeleteRange(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        var at = random.Next(input.Length);
        return Splice(input, at, Math.Min(1 + random.Next(64), input.Length - at), []);
    }

    private static byte[] DuplicateChunk(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        var from = random.Next(input.Length);
        var chunk = input.AsSpan(from, Math.Min(1 + random.Next(512), input.Length - from)).ToArray();
        var times = random.Next(4) == 0 ? 1 + random.Next(50) : 1;
        var repeated = Enumerable.Repeat(chunk, times).SelectMany(c => c).ToArray();
        return Splice(input, random.Next(input.Length + 1), 0, repeated);
    }

    private static byte[] Truncate(Random random, byte[] input) => input.Length == 0 ? input : input[..random.Next(input.Length)];

    private static byte[] ShuffleLines(Random random, byte[] input)
    {
        var lines = Lines(input);
        if (lines.Count < 2) return input;
        var start = random.Next(lines.Count - 1);
        var window = Math.Min(2 + random.Next(10), lines.Count - start);
        var part = lines.GetRange(start, window);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(part));
        lines.RemoveRange(start, window);
        lines.InsertRange(start, part);
        return Join(lines);
    }

    private static byte[] DuplicateLines(Random random, byte[] input)
    {
        var lines = Lines(input);
        if (lines.Count == 0) return input;
        var at = random.Next(lines.Count);
        var span = Math.Min(1 + random.Next(5), lines.Count - at);
        lines.InsertRange(random.Next(lines.Count + 1), lines.GetRange(at, span));
        return Join(lines);
    }

    private static byte[] DeleteLine(Random random, byte[] input)
    {
        var lines = Lines(input);
        if (lines.Count == 0) return input;
        lines.RemoveAt(random.Next(lines.Count));
        return Join(lines);
    }

    private static byte[] InjectToken(Random random, byte[] input)
    {
        var token = Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
        return Splice(input, random.Next(input.Length + 1), 0, token);
    }

    private static byte[] ReplaceDigits(Random random, byte[] input)
    {
        var copy = (byte[])input.Clone();
        var digits = Enumerable.Range(0, copy.Length).Where(i => copy[i] is >= (byte)'0' and <= (byte)'9').ToList();
        for (var k = Math.Min(digits.Count, 1 + random.Next(6)); k > 0; k--) copy[digits[random.Next(digits.Count)]] = (byte)('0' + random.Next(10));
        return copy;
    }

    /// <summary>Replaces a whole run of digits (an amount, a date, a count) with an extreme one.</summary>
    private static byte[] ReplaceNumber(Random random, byte[] input)
    {
        var starts = Enumerable.Range(0, input.Length)
            .Where(i => IsDigit(input[i]) && (i == 0 || !IsDigit(input[i - 1]))).ToList();
        if (starts.Count == 0) return input;
        var at = starts[random.Next(starts.Count)];
        var end = at;
        while (end < input.Length && (IsDigit(input[end]) || input[end] is (byte)'.' or (byte)',')) end++;
        return Splice(input, at, end - at, Encoding.ASCII.GetBytes(Numbers[random.Next(Numbers.Length)]));
    }

    private static byte[] SwapEncoding(Random random, byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return random.Next(6) switch
        {
            0 => Encoding.Unicode.GetBytes(text),
            1 => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            2 => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
            3 => Encoding.UTF32.GetBytes(text),
            4 => Encoding.Latin1.GetBytes(text + "äöüßé€"),
            _ => [0xEF, 0xBB, 0xBF, .. input],
        };
    }

    private static byte[] LongRun(Random random, byte[] input)
    {
        byte[] fill = [(byte)'9', (byte)'A', (byte)' ', (byte)',', (byte)'"', (byte)'<', (byte)':', (byte)'*', 0, (byte)'\n'];
        var run = new byte[1000 << random.Next(8)];
        Array.Fill(run, fill[random.Next(fill.Length)]);
        return Splice(input, random.Next(input.Length + 1), 0, run);
    }

    private static byte[] SwapCase(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        var copy = (byte[])input.Clone();
        var from = random.Next(copy.Length);
        for (var i = from; i < Math.Min(copy.Length, from + 1 + random.Next(200)); i++)
        {
            if (copy[i] is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z') copy[i] ^= 0x20;
        }
        return copy;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static byte[] Splice(byte[] input, int at, int remove, byte[] insert) =>
        [.. input.AsSpan(0, at), .. insert, .. input.AsSpan(at + remove)];

    /// <summary>Lines with their terminators kept, so CRLF files stay CRLF.</summary>
    private static List<byte[]> Lines(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] != (byte)'\n') continue;
            lines.Add(input[start..(i + 1)]);
            start = i + 1;
        }
        if (start < input.Length) lines.Add(input[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
}
