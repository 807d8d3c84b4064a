using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ParIndex.Fuzz;

/// <summary>Changes valid input bytes the way broken and hostile files differ from good ones: flipped bits, stray bytes, cut and repeated parts, extreme numbers, mixed files.</summary>
internal sealed class Mutator
{
    private static readonly byte[][] Tokens =
    {
        new byte[] { 0 }, new byte[] { 0xFF }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xE2, 0x80, 0xAE }, new byte[] { 0xC3 },
        Encoding.UTF8.GetBytes("\""), Encoding.UTF8.GetBytes(","), Encoding.UTF8.GetBytes(";"), Encoding.UTF8.GetBytes("\n"), Encoding.UTF8.GetBytes("\r\n"),
        Encoding.UTF8.GetBytes("\t"), Encoding.UTF8.GetBytes(": "), Encoding.UTF8.GetBytes("- "), Encoding.UTF8.GetBytes("["), Encoding.UTF8.GetBytes("]"),
        Encoding.UTF8.GetBytes("{"), Encoding.UTF8.GetBytes("}"), Encoding.UTF8.GetBytes("&a "), Encoding.UTF8.GetBytes("*a"), Encoding.UTF8.GetBytes("---\n"),
        Encoding.UTF8.GetBytes("1e309"), Encoding.UTF8.GetBytes("NaN"), Encoding.UTF8.GetBytes("-0"), Encoding.UTF8.GetBytes("99999999999999999999999999999"),
        Encoding.UTF8.GetBytes("1.000,5"), Encoding.UTF8.GetBytes("-1"), Encoding.UTF8.GetBytes("250"), Encoding.UTF8.GetBytes("0.0000001"), Encoding.UTF8.GetBytes("%"),
        Encoding.UTF8.GetBytes("có"), Encoding.UTF8.GetBytes("không"), Encoding.UTF8.GetBytes("x"), Encoding.UTF8.GetBytes("unit_id"), Encoding.UTF8.GetBytes("code"),
        Encoding.UTF8.GetBytes("value"), Encoding.UTF8.GetBytes("points"), Encoding.UTF8.GetBytes("delta"), Encoding.UTF8.GetBytes("reason"), Encoding.UTF8.GetBytes("rank"),
        Encoding.UTF8.GetBytes("max: "), Encoding.UTF8.GetBytes("children:"), Encoding.UTF8.GetBytes("rule: "), Encoding.UTF8.GetBytes("weight: "), Encoding.UTF8.GetBytes("'"),
    };

    private readonly Random random;
    private readonly IReadOnlyList<byte[]> corpus;

    public Mutator(Random random, IReadOnlyList<byte[]> corpus)
    {
        this.random = random;
        this.corpus = corpus;
    }

    /// <summary>One (mostly) to eight mutations of <paramref name="input"/>.</summary>
    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        // Mostly one change (to get past the first check into the next), sometimes many.
        var count = random.Next(3) == 0 ? 1 + random.Next(8) : 1;
        for (var i = 0; i < count; i++)
        {
            Apply(data);
        }

        return data.ToArray();
    }

    /// <summary>
    /// Mutates one or two entries inside a zip package (.xlsx) and packs it again, so the reader gets past the zip
    /// layer into the XML; sometimes also adds a huge or duplicated entry.
    /// </summary>
    public byte[] MutateZip(byte[] input)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                entries.Add((entry.FullName, bytes.ToArray()));
            }
        }
        catch (InvalidDataException)
        {
            return Mutate(input);
        }

        for (var n = 1 + random.Next(2); n > 0 && entries.Count > 0; n--)
        {
            // The sheets, shared strings and styles are where the reader works; favour the XML parts.
            var xml = entries.Select((e, i) => (e, i)).Where(x => x.e.Name.EndsWith(".xml", StringComparison.Ordinal)).Select(x => x.i).ToArray();
            var at = xml.Length > 0 && random.Next(4) > 0 ? xml[random.Next(xml.Length)] : random.Next(entries.Count);
            entries[at] = (entries[at].Name, Mutate(entries[at].Bytes));
        }

        switch (random.Next(12))
        {
            case 0:
                entries.Add(("xl/media/filler.bin", new byte[random.Next(4) == 0 ? 8 << 20 : 4096]));
                break;
            case 1 when entries.Count > 0:
                entries.Add(entries[random.Next(entries.Count)]);
                break;
            case 2 when entries.Count > 0:
                entries.RemoveAt(random.Next(entries.Count));
                break;
        }

        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        return output.ToArray();
    }

    private void Apply(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data.Insert(at, (byte)random.Next(256));
                break;
            case 2:
            case 3:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 4 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(32)));
                break;
            case 5 when data.Count > 0:
                {
                    // Repeat a part (a line or a cell many times: long rows, long files, duplicate ids).
                    var length = Math.Min(data.Count - at, 1 + random.Next(64));
                    var part = data.GetRange(at, length);
                    var times = random.Next(4) == 0 ? 1 + random.Next(200) : 1 + random.Next(3);
                    for (var t = 0; t < times; t++)
                    {
                        data.InsertRange(at, part);
                    }

                    break;
                }

            case 6 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                break;
            case 7:
                {
                    // Splice in part of another valid file (files pasted together, swapped inputs).
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        var length = Math.Min(other.Length - from, 1 + random.Next(256));
                        data.InsertRange(at, new ArraySegment<byte>(other, from, length));
                    }

                    break;
                }

            case 8 when data.Count > 0:
                {
                    // Replace a digit run with an extreme number.
                    var start = at;
                    while (start < data.Count && (data[start] < '0' || data[start] > '9'))
                    {
                        start++;
                    }

                    var end = start;
                    while (end < data.Count && data[end] >= '0' && data[end] <= '9')
                    {
                        end++;
                    }

                    if (end > start)
                    {
                        data.RemoveRange(start, end - start);
                        data.InsertRange(start, Tokens[20 + random.Next(9)]);
                    }

                    break;
                }

            default:
                if (data.Count > 1)
                {
                    // Swap two bytes (a shifted column, a moved quote).
                    var other = random.Next(data.Count);
                    (data[at], data[other]) = (data[other], data[at]);
                }

                break;
        }
    }
}
