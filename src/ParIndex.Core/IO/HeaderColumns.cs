using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>The reserved columns of a file's header, matched case-insensitively.</summary>
internal sealed class HeaderColumns
{
    public const string UnitId = ColumnNames.UnitId;
    public const string UnitName = ColumnNames.UnitName;
    public const string Group = ColumnNames.Group;
    public const string Code = ColumnNames.Code;
    public const string Value = ColumnNames.Value;
    public const string Evidence = ColumnNames.Evidence;
    public const string Note = ColumnNames.Note;
    public const string Points = ColumnNames.Points;
    public const string Delta = ColumnNames.Delta;
    public const string Reason = ColumnNames.Reason;

    private static readonly string[] Reserved = { UnitId, UnitName, Group, Code, Value, Evidence, Note, Points, Delta, Reason };
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly AssessmentInputBuilder builder;
    private readonly TableSource table;

    private HeaderColumns(AssessmentInputBuilder builder, TableSource table)
    {
        this.builder = builder;
        this.table = table;
    }

    public int this[string name] => index[name];

    public static HeaderColumns Read(AssessmentInputBuilder builder, TableSource table)
    {
        var header = table.Header;
        var columns = new HeaderColumns(builder, table);
        for (var i = 0; i < header.Length; i++)
        {
            for (var c = 0; c < header[i].Length; c++)
            {
                if (MessageText.IsInvisible(header[i][c]))
                {
                    builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Safety.Text_InvisibleHeader), header[i], MessageText.CodePoint(header[i][c]), c + 1));
                    break;
                }
            }

            var name = header[i].ToLowerInvariant();
            if (Array.IndexOf(Reserved, name) < 0)
            {
                continue;
            }

            if (columns.index.ContainsKey(name))
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_ColumnTwice), name));
                continue;
            }

            columns.index[name] = i;
        }

        return columns;
    }

    public bool Has(string name) => index.ContainsKey(name);

    public bool IsReserved(int column) => index.ContainsValue(column);

    public bool Require(string name)
    {
        if (Has(name))
        {
            return true;
        }

        builder.Report(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Header_NoColumn), name));
        return false;
    }

    /// <summary>The current row's field in a reserved column, or null when the column is absent or the field empty.</summary>
    public string? Get(TableSource rows, string name) => index.TryGetValue(name, out var i) && rows.Field(i) is { Length: > 0 } text ? text : null;
}
