using System;
using System.IO;

namespace ParIndex.Tests;

/// <summary>
/// An input that never ends, as /dev/zero or a pipe from a runaway program: it repeats <c>pattern</c> for ever, cannot
/// seek or tell its length, and counts the bytes handed out, so a test can bound what a reader asked for.
/// </summary>
internal sealed class EndlessStream : Stream
{
    private readonly byte[] pattern;
    private long position;

    public EndlessStream(byte[] pattern) => this.pattern = pattern;

    /// <summary>The bytes read so far.</summary>
    public long BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            buffer[offset + i] = pattern[(position + i) % pattern.Length];
        }

        position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
