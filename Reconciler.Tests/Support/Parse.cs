using System.Text;
using Reconciler.Ingest;

namespace Reconciler.Tests.Support;

/// <summary>Runs a reader over text or a file, the way the pipeline does.</summary>
public static class Parse
{
    public static ParsedFile Text(IFileReader reader, string content, string fileName = "test.txt") =>
        Bytes(reader, Encoding.UTF8.GetBytes(content), fileName);

    public static ParsedFile Bytes(IFileReader reader, byte[] content, string fileName = "test.txt")
    {
        using var stream = new MemoryStream(content);
        return reader.Read(stream, fileName);
    }

    public static ParsedFile File(IFileReader reader, string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return reader.Read(stream, System.IO.Path.GetFileName(path));
    }

    /// <summary>Detection the way the pipeline does it: the first bytes of the file.</summary>
    public static int Detect(IFileReader reader, string content, string fileName = "test.txt")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return reader.Detect(FileSniff.FromStream(fileName, stream));
    }
}
