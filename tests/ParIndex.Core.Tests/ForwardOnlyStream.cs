using System;
using System.IO;

namespace ParIndex.Tests;

/// <summary>A stream that cannot seek or tell its length, as an upload arrives: readers must not ask for either.</summary>
internal sealed class ForwardOnlyStream : MemoryStream
{
    public ForwardOnlyStream(byte[] bytes)
        : base(bytes)
    {
    }

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => base.Position; set => throw new NotSupportedException(); }
}
