using System;
using System.IO;
using System.Text;

namespace ParIndex.Internal;

/// <summary>
/// The one place the library's writers check their arguments and turn a <see cref="Stream"/> into text: every text
/// writer (CSV, templates, guides) has a <see cref="TextWriter"/> overload and a <see cref="Stream"/> overload that runs
/// it through <see cref="ToStream{T}"/>, so an upload handler and a file get the same bytes.
/// </summary>
internal static class TextOutput
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Throws <see cref="ArgumentNullException"/> naming <paramref name="name"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    /// <summary>
    /// Checks <paramref name="value"/> and <paramref name="stream"/>, then runs a TextWriter-based writer over the stream
    /// as UTF-8 with a byte order mark (Excel needs it to show Vietnamese text when a file is opened by double-click;
    /// every reader here accepts it). The stream is left open.
    /// </summary>
    public static void ToStream<T>(T? value, string name, Stream stream, Action<T, TextWriter> write)
        where T : class
    {
        var checkedValue = NotNull(value, name);
        NotNull(stream, nameof(stream));
        using var writer = new StreamWriter(stream, Utf8WithBom, 65536, leaveOpen: true);
        write(checkedValue, writer);
    }
}
