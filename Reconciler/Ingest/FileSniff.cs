using System.Text;

namespace Reconciler.Ingest;

/// <summary>The start of a file, decoded once, for readers to recognise their format by content.</summary>
public sealed record FileSniff(string FileName, byte[] Head, string Text)
{
    /// <summary>How many bytes detection looks at.</summary>
    public const int Size = 16 * 1024;

    public static FileSniff Read(string path)
    {
        using var stream = File.OpenRead(path);
        return FromStream(Path.GetFileName(path), stream);
    }

    public static FileSniff FromStream(string fileName, Stream stream)
    {
        var buffer = new byte[Size];
        var read = stream.ReadAtLeast(buffer, Size, throwOnEndOfStream: false);
        var head = buffer[..read];
        var text = TextDecoding.Detect(head).GetString(head).TrimStart('\uFEFF');
        return new FileSniff(fileName, head, text);
    }

    /// <summary>The decoded text with leading whitespace removed, for "starts with" checks.</summary>
    public string Trimmed => Text.TrimStart();

    /// <summary>The first non-empty line.</summary>
    public string FirstLine => Trimmed.Split('\n', 2)[0].TrimEnd('\r');

    public bool HasExtension(params string[] extensions) =>
        extensions.Any(e => FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    internal static Encoding Utf8Strict { get; } = new UTF8Encoding(false, true);
}
