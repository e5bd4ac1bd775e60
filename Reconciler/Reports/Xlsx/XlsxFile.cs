namespace Reconciler.Reports.Xlsx;

/// <summary>
/// A workbook's file whose asynchronous writes are done in place, on the calling thread. The workbook writer only writes
/// asynchronously, and a report thread waits for the workbook anyway: a plain file stream would hand every buffer it
/// flushes to the thread pool (whose threads are busy writing the other reports and the store) and block until it is done.
/// </summary>
public sealed class XlsxFile(string path) : Stream
{
    private readonly FileStream _file = new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    public override bool CanRead => false;
    public override bool CanSeek => _file.CanSeek;
    public override bool CanWrite => true;
    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _file.Write(buffer);

    public override void WriteByte(byte value) => _file.WriteByte(value);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _file.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _file.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => _file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        _file.Flush();
        return Task.CompletedTask;
    }

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("a workbook's file is only written");

    protected override void Dispose(bool disposing)
    {
        if (disposing) _file.Dispose();
        base.Dispose(disposing);
    }
}
