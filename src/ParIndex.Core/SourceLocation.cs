using System;

namespace ParIndex;

/// <summary>Where something was read: a file (or other source name), a 1-based line and a 1-based column; in a workbook, a sheet's cell.</summary>
/// <remarks>
/// For CSV inputs the line is the physical line of the record and the column is the 1-based field number.
/// For workbooks the line is the worksheet row and the column the worksheet column, shown as a cell:
/// <c>units.xlsx[Tự đánh giá]!F7</c>.
/// </remarks>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="source">The file path or source name.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public SourceLocation(string source, int line, int column)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Line = line;
        Column = column;
    }

    /// <summary>Creates the location of a worksheet cell.</summary>
    /// <param name="source">The workbook's path or name.</param>
    /// <param name="sheet">The worksheet's name.</param>
    /// <param name="row">1-based row.</param>
    /// <param name="column">1-based column (1 = A).</param>
    public SourceLocation(string source, string sheet, int row, int column)
        : this(source, row, column)
    {
        Sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
    }

    /// <summary>The file path or source name.</summary>
    public string Source { get; }

    /// <summary>The worksheet's name when the source is a workbook; otherwise <see langword="null"/>.</summary>
    public string? Sheet { get; }

    /// <summary>1-based line (for CSV, the line on which the record starts).</summary>
    public int Line { get; }

    /// <summary>1-based column (for CSV, the field number).</summary>
    public int Column { get; }

    /// <summary>"source:line:column", or "workbook[sheet]!CELL" (for example <c>units.xlsx[Tự đánh giá]!F7</c>).</summary>
    public override string ToString() => Sheet is null ? $"{Source}:{Line}:{Column}" : $"{Source}[{Sheet}]!{CellName(Line, Column)}";

    /// <summary>A cell's name in A1 notation: column letters then the row (<c>F7</c>, <c>AA12</c>).</summary>
    /// <param name="row">1-based row.</param>
    /// <param name="column">1-based column.</param>
    public static string CellName(int row, int column) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A worksheet column's letters: 1 → A, 27 → AA.</summary>
    /// <param name="column">1-based column.</param>
    public static string ColumnName(int column)
    {
        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are numbered from 1.");
        }

        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) => other is not null && Source == other.Source && Sheet == other.Sheet && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => (Source.GetHashCode() * 397) ^ (Line * 31) ^ Column;
}
