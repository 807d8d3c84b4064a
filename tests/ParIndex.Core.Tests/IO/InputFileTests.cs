using System;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;

namespace ParIndex.Tests.IO;

/// <summary>Bounded reading: limits on the bytes actually read (devices, pipes), cells, rows, columns and units, each naming how to raise it.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "parindex-input-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string NotText = "byte {0} of the first line is a NUL byte (U+0000), so this is not a text file (a device such as /dev/zero, a binary file, or UTF-16 text); give the CSV or YAML file itself, saved as UTF-8";

    [Fact]
    public void DevZeroAsATable_StopsAtItsFirstByte_NotAtTheByteLimit()
    {
        var ex = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv("/dev/zero", new ReadLimits { MaxBytes = 1_000_000 }));

        Assert.Equal("/dev/zero: " + string.Format(NotText, 1), Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void DevZeroAsACriteriaSet_StopsAtItsFirstByte()
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load("/dev/zero"));

        Assert.Equal("/dev/zero: " + string.Format(NotText, 1), Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AnEndlessStreamOfZeros_IsReadOneChunkAtMost_NotUpToTheByteLimit()
    {
        var table = new EndlessStream(new byte[] { 0 });
        var criteria = new EndlessStream(new byte[] { 0 });

        var tableError = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(table, "upload.csv"));
        var criteriaError = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(criteria, "upload.yaml"));

        Assert.Equal("upload.csv: " + string.Format(NotText, 1), Assert.Single(tableError.Diagnostics).ToString());
        Assert.Equal("upload.yaml: " + string.Format(NotText, 1), Assert.Single(criteriaError.Diagnostics).ToString());
        Assert.Equal((81_920L, 81_920L), (table.BytesRead, criteria.BytesRead)); // one read; the limits are 128 MiB and 4 MiB
    }

    [Fact]
    public void ANulByteLaterInTheFirstLine_IsCountedInBytes()
    {
        var stream = new EndlessStream(Encoding.ASCII.GetBytes("unit_id,unit_name\0"));

        var ex = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(stream, "upload.csv"));

        Assert.Equal("upload.csv: " + string.Format(NotText, 18), Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AnEndlessStreamOfText_StopsOneBytePastTheByteLimit_SayingItHasNoKnownSize()
    {
        // Valid lines for ever: nothing is wrong until the limit, which is where it stops.
        var stream = new EndlessStream(Encoding.ASCII.GetBytes("# a comment line\n"));

        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(stream, "upload.yaml", new CriteriaLoadOptions { MaxFileBytes = 1_000_000 }));

        Assert.Equal("upload.yaml: more than 1,000,000 bytes read from an input without a known size (a device, a pipe or a growing file); raise the limit with --limit bytes=N (library: CriteriaLoadOptions.MaxFileBytes)", Assert.Single(ex.Diagnostics).ToString());
        Assert.Equal(1_000_001, stream.BytesRead);
    }

    [Fact]
    public void Utf16Text_WithAByteOrderMark_IsStillNamedAsNotUtf8_AndWithoutOne_AsNotText()
    {
        var header = Encoding.Unicode.GetBytes("unit_id,1.1\nX1,1\n");
        var withMark = Write("bom.csv", "");
        File.WriteAllBytes(withMark, [.. Encoding.Unicode.GetPreamble(), .. header]);
        var without = Write("nobom.csv", "");
        File.WriteAllBytes(without, header);

        var marked = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(withMark, null));
        var unmarked = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(without, null));

        Assert.Equal($"{withMark}:1:1: the file is not valid UTF-8; save it as 'CSV UTF-8' (Excel: Save As → CSV UTF-8)", Assert.Single(marked.Diagnostics).ToString());
        Assert.Equal($"{without}: " + string.Format(NotText, 2), Assert.Single(unmarked.Diagnostics).ToString());
    }

    [Fact]
    public void AFileWithoutReadPermission_IsNamedAsSuch_WhetherOpeningOrReadingIsDenied()
    {
        // CI runs as root, which reads any file, so the denial comes through InputFile's open seam and a stream that
        // refuses to be read; CLI's HostileInputTests.AnUnreadableInput_IsNamedAsUnreadable does it for real elsewhere.
        var path = Write("units.csv", "unit_id,1.1\nX1,1\n");

        var opening = Assert.Throws<ParIndexException>(() => ParIndex.Internal.InputFile.ReadAll(
            path, 1000, "ReadLimits.MaxBytes", p => throw new UnauthorizedAccessException($"Access to the path '{p}' is denied.")));
        var reading = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(new DeniedStream(), "upload.csv"));

        Assert.Equal($"{path}: no permission to read the file", Assert.Single(opening.Diagnostics).ToString());
        Assert.Equal("upload.csv: no permission to read the file", Assert.Single(reading.Diagnostics).ToString());
        Assert.Equal("unit_id,1.1\nX1,1\n", Encoding.UTF8.GetString(ParIndex.Internal.InputFile.ReadAll(path, 1000, "ReadLimits.MaxBytes")));
    }

    /// <summary>A stream whose every read is refused, as a file whose permission is withdrawn while it is open.</summary>
    private sealed class DeniedStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => throw new UnauthorizedAccessException("Access denied.");
    }

    [Fact]
    public void AFileOverTheByteLimit_IsRefusedBeforeReading()
    {
        var path = Write("units.csv", "unit_id,1.1.1\n" + string.Concat(Enumerable.Repeat("HT-TP,1\n", 100)));

        var ex = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(path, new ReadLimits { MaxBytes = 100 }));

        Assert.Equal($"{path}: the file is larger than the limit of 100 bytes; raise the limit with --limit bytes=N (library: ReadLimits.MaxBytes)", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AFolderGivenAsATable_IsNamedAsAFolder()
    {
        var ex = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(dir));

        Assert.Equal($"{dir}: is a folder, not a file; give the file inside it", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AHundredMegabyteHeaderCell_IsRefusedAtItsColumn_WithoutMakingAStringOfIt()
    {
        var path = Path.Combine(dir, "wide.csv");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.ASCII.GetBytes("unit_id,"));
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
            for (var i = 0; i < 100; i++)
            {
                file.Write(chunk);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<ParIndexException>(() => TableSource.OpenCsv(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal($"{path}:1:2: a cell of 104,857,600 characters; the limit is 10,000 (raise it with --limit cell=N; library: ReadLimits.MaxCellLength)", Assert.Single(ex.Diagnostics).ToString());
        Assert.True(allocated < 150_000_000, $"{allocated:N0} bytes allocated: the cell was copied");
    }

    [Fact]
    public void RowsAndColumnsOverTheirLimits_AreRefusedAtTheirLine_ColumnOne()
    {
        var rows = Write("rows.csv", "unit_id,1.1.1\nA,1\nB,1\nC,1\n");
        var columns = Write("columns.csv", "unit_id,a,b,c,d\n");

        var tooManyRows = Assert.Throws<ParIndexException>(() => CsvTable.Load(rows, new ReadLimits { MaxRows = 2 }));
        var tooManyColumns = Assert.Throws<ParIndexException>(() => CsvTable.Load(columns, new ReadLimits { MaxColumns = 3 }));

        Assert.Equal($"{rows}:4:1: more than 2 rows; raise the limit with --limit rows=N (library: ReadLimits.MaxRows)", Assert.Single(tooManyRows.Diagnostics).ToString());
        Assert.Equal($"{columns}:1:1: a row of 5 columns; the limit is 3 (raise it with --limit columns=N; library: ReadLimits.MaxColumns)", Assert.Single(tooManyColumns.Diagnostics).ToString());
    }

    [Fact]
    public void MoreUnitsThanTheLimit_StopsReadingAtTheFirstUnitOver()
    {
        var set = CriteriaSetLoader.LoadShipped();
        var units = Write("units.csv", "unit_id,unit_name\nA,a\nB,b\nC,c\n");

        var ex = Assert.Throws<ParIndexException>(() => AssessmentFiles.Load(set, units, null, null, new ReadLimits { MaxUnits = 2 }));

        Assert.Equal($"{units}:4:1: more than 2 units; raise the limit with --limit units=N (library: ReadLimits.MaxUnits)", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void ACriteriaFileInWindows1258_IsRefusedAtItsFirstNonUtf8Byte()
    {
        var path = Path.Combine(dir, "criteria.yaml");

        // "name: Bộ chỉ số" in Windows-1258: 'B', 0xD4 + combining dot below 0xF2, ' ', 'ch', 0xEC, …
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("format: 1\nid: x\nname: B").Concat(new byte[] { 0xD4, 0xF2 }).Concat(Encoding.ASCII.GetBytes(" ch\n")).ToArray());

        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));

        Assert.Equal($"{path}:3:8: byte 0xD4 is not UTF-8; save the file as UTF-8 (Notepad: Save As → Encoding: UTF-8)", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void WhenTheSelfAssessmentFails_TheOtherFilesAreNotCheckedRowByRow_ButSaidOnce()
    {
        var set = CriteriaSetLoader.LoadShipped();
        var units = Write("units.csv", "unit_id\n");
        var appraisal = Write("appraisal.csv", "unit_id,code,value,reason\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"U{i},1.1.1,1,x\n")));

        var ex = Assert.Throws<ParIndexException>(() => AssessmentFiles.Load(set, units, new[] { appraisal }, null));

        Assert.Equal($"{appraisal}: not checked, because {units} has errors; fix those first", ex.Diagnostics[ex.Diagnostics.Count - 1].ToString());
        Assert.DoesNotContain(ex.Diagnostics, d => d.Location?.Source == appraisal);
    }

    [Theory]
    [InlineData("HT-\u202EHL", "U+202E", 4)]
    [InlineData("HT\u0000HL", "U+0000", 3)]
    [InlineData("\uFEFFHT-HL", "U+FEFF", 1)]
    public void AnIdWithAnInvisibleCharacter_IsRefusedWithItsPositionAndCodePoint(string id, string codePoint, int position)
    {
        var builder = new AssessmentInputBuilder(CriteriaSetLoader.LoadShipped());
        var shown = id.Replace("\u202E", "<U+202E>").Replace("\u0000", "<U+0000>").Replace("\uFEFF", "<U+FEFF>");

        AssessmentFiles.ReadSelfAssessments(builder, "unit_id,unit_name\n" + id + ",x\n", "units.csv");

        Assert.Contains($"units.csv:2:1: unit_id '{shown}' contains the invisible or control character {codePoint} at character {position}; retype it without that character", builder.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void AHeaderWithAByteOrderMarkInTheMiddle_IsRefused()
    {
        var builder = new AssessmentInputBuilder(CriteriaSetLoader.LoadShipped());

        AssessmentFiles.ReadSelfAssessments(builder, "unit_id,unit_name,1.1\uFEFF.1\nHT-TP,x,1\n", "units.csv");

        Assert.Contains("units.csv:1:3: the column name '1.1<U+FEFF>.1' contains the invisible or control character U+FEFF at character 4; retype it without that character", builder.Diagnostics.Select(d => d.ToString()));
    }
}
