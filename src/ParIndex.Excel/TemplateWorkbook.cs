using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Excel.Internal;

namespace ParIndex.Excel;

/// <summary>
/// Writes the fill-in workbooks (Mẫu tự đánh giá) for a criteria set: the self-assessment template, one row
/// per unit and one column per self-assessed leaf, and the appraisal round template (unit, code, value /
/// points / delta, reason). Every input cell has Excel data validation from its leaf's rule, panes are frozen,
/// columns sized, and a guide sheet explains each criterion. Labels follow
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> (English or Vietnamese); codes and the
/// machine header row never do, so a filled-in template reads back through <see cref="WorkbookTables"/>.
/// </summary>
/// <remarks>
/// Row 1 holds each column's name for people; row 2 is the header the reader uses (the first row with a
/// <c>unit_id</c> cell); units start on row 3. Validation covers rows 3 to <see cref="ValidatedRows"/> + 2.
/// </remarks>
public static class TemplateWorkbook
{
    /// <summary>How many unit rows carry data validation.</summary>
    public const int ValidatedRows = 10_000;

    private const int FirstDataRow = 3;

    /// <summary>Writes the self-assessment template.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="stream">Where to write the .xlsx; need not be seekable; not closed.</param>
    public static void WriteSelfAssessment(CriteriaSet set, Stream stream)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var leaves = set.Leaves.Where(l => l.Source == ValueSource.Self).ToList();
        using var book = new WorkbookBuilder(stream);
        var listsSheet = WorkbookBuilder.SheetName(Text.Get("SheetLists"));
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var listColumn = 0;
        foreach (var leaf in leaves.Where(l => l.Rule is ChoiceRule))
        {
            listColumn++;
            var count = ((ChoiceRule)leaf.Rule!).Options.Count + (leaf.NotApplicable == NotApplicablePolicy.Forbidden ? 0 : 1);
            var letters = SourceLocation.ColumnName(listColumn);
            options[leaf.Code] = $"'{listsSheet.Replace("'", "''")}'!${letters}$2:${letters}${count + 1}";
        }

        var last = FirstDataRow + ValidatedRows - 1;
        var widths = new List<double> { 14, 32, 10 };
        var styles = new List<uint> { Styles.Text, Styles.Text, Styles.Text };
        foreach (var leaf in leaves)
        {
            widths.Add(leaf.Rule is ChoiceRule c ? Math.Min(45, Math.Max(16, c.Options.Max(o => o.Name.Length) + 2)) : 14);
            styles.Add(leaf.Rule is ChoiceRule or YesNoRule ? Styles.Text : Styles.Default);
        }

        book.Sheet(
            Text.Get("SheetSelf"),
            widths.ToArray(),
            frozenRows: 2,
            frozenColumns: 3,
            columnStyles: styles.ToArray(),
            write: sheet =>
            {
                sheet.NewRow().Text(Text.Get("ColUnitId"), Styles.Header).Text(Text.Get("ColUnitName"), Styles.Header).Text(Text.Get("ColGroup"), Styles.Header);
                foreach (var leaf in leaves)
                {
                    sheet.Text($"{leaf.Code} {leaf.Name}", Styles.Header);
                }

                sheet.NewRow().Text("unit_id", Styles.Header).Text("unit_name", Styles.Header).Text("group", Styles.Header);
                foreach (var leaf in leaves)
                {
                    sheet.Text(leaf.Code, Styles.Header);
                }

                for (var i = 0; i < leaves.Count; i++)
                {
                    var column = SourceLocation.ColumnName(i + 4);
                    var first = column + FirstDataRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sheet.Validate(InputValidation.For(leaves[i], $"{first}:{column}{last}", first, options.TryGetValue(leaves[i].Code, out var o) ? o : null));
                }
            });
        Guide(book, set, leaves, appraisal: false);
        Lists(book, leaves.Where(l => l.Rule is ChoiceRule).Select(l => (l.Code, Values: ((ChoiceRule)l.Rule!).Options.Select(o => o.Name).Concat(l.NotApplicable == NotApplicablePolicy.Forbidden ? Array.Empty<string>() : new[] { InputValidation.NotApplicableMarker }).ToList())).ToList());
    }

    /// <summary>Writes the appraisal round template: unit_id, code (a dropdown of the appraisable criteria), value, points, delta, reason.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="stream">Where to write the .xlsx; need not be seekable; not closed.</param>
    public static void WriteAppraisal(CriteriaSet set, Stream stream)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var leaves = set.Leaves.Where(l => l.Source == ValueSource.Self).ToList();
        using var book = new WorkbookBuilder(stream);
        var listsSheet = WorkbookBuilder.SheetName(Text.Get("SheetLists"));
        var last = FirstDataRow + ValidatedRows - 1;
        string Cells(string column) => $"{column}{FirstDataRow}:{column}{last}";
        book.Sheet(
            Text.Get("SheetAppraisal"),
            new double[] { 14, 12, 24, 14, 14, 48 },
            frozenRows: 2,
            frozenColumns: 2,
            columnStyles: new[] { Styles.Text, Styles.Text, Styles.Text, Styles.Default, Styles.Default, Styles.Text },
            write: sheet =>
            {
                sheet.NewRow().Text(Text.Get("ColUnitId"), Styles.Header).Text(Text.Get("ColCode"), Styles.Header).Text(Text.Get("ColNewValue"), Styles.Header)
                    .Text(Text.Get("ColPointsGiven"), Styles.Header).Text(Text.Get("ColDelta"), Styles.Header).Text(Text.Get("ColReason"), Styles.Header);
                sheet.NewRow().Text("unit_id", Styles.Header).Text("code", Styles.Header).Text("value", Styles.Header).Text("points", Styles.Header).Text("delta", Styles.Header).Text("reason", Styles.Header);
                var codes = new DocumentFormat.OpenXml.Spreadsheet.DataValidation
                {
                    Type = DocumentFormat.OpenXml.Spreadsheet.DataValidationValues.List,
                    SequenceOfReferences = new DocumentFormat.OpenXml.ListValue<DocumentFormat.OpenXml.StringValue> { InnerText = Cells("B") },
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ShowInputMessage = true,
                    PromptTitle = InputValidation.Cut(Text.Get("ColCode"), 32),
                    Prompt = InputValidation.Cut(Text.Get("AppraisalCodePrompt"), 255),
                    Formula1 = new DocumentFormat.OpenXml.Spreadsheet.Formula1($"'{listsSheet.Replace("'", "''")}'!$A$2:$A${leaves.Count + 1}"),
                };
                sheet.Validate(codes);
                foreach (var (column, prompt) in new[] { ("D", "AppraisalPointsPrompt"), ("E", "AppraisalDeltaPrompt") })
                {
                    sheet.Validate(new DocumentFormat.OpenXml.Spreadsheet.DataValidation
                    {
                        Type = DocumentFormat.OpenXml.Spreadsheet.DataValidationValues.Decimal,
                        Operator = DocumentFormat.OpenXml.Spreadsheet.DataValidationOperatorValues.Between,
                        SequenceOfReferences = new DocumentFormat.OpenXml.ListValue<DocumentFormat.OpenXml.StringValue> { InnerText = Cells(column) },
                        AllowBlank = true,
                        ShowErrorMessage = true,
                        ShowInputMessage = true,
                        PromptTitle = InputValidation.Cut(column == "D" ? Text.Get("ColPointsGiven") : Text.Get("ColDelta"), 32),
                        Prompt = InputValidation.Cut(Text.Get(prompt), 255),
                        Formula1 = new DocumentFormat.OpenXml.Spreadsheet.Formula1("-1000"),
                        Formula2 = new DocumentFormat.OpenXml.Spreadsheet.Formula2("1000"),
                    });
                }
            });
        Guide(book, set, leaves, appraisal: true);
        Lists(book, new List<(string, List<string>)> { (Text.Get("ColCode"), leaves.Select(l => l.Code).ToList()) });
    }

    private static void Guide(WorkbookBuilder book, CriteriaSet set, List<CriteriaNode> leaves, bool appraisal)
    {
        book.Sheet(
            Text.Get("SheetGuide"),
            new double[] { 10, 10, 50, 10, 36, 36, 26 },
            frozenRows: 0,
            frozenColumns: 0,
            write: sheet =>
            {
                sheet.NewRow().Text(Text.Format("GuideTitle", set.Name, set.Id), Styles.Title);
                foreach (var line in Text.Get(appraisal ? "GuideAppraisal" : "GuideSelf").Split('\n'))
                {
                    sheet.NewRow().Text(line);
                }

                sheet.NewRow();
                sheet.NewRow().Text(Text.Get("GuideCode"), Styles.Header).Text(Text.Get("GuideArea"), Styles.Header).Text(Text.Get("GuideName"), Styles.Header).Text(Text.Get("GuideMax"), Styles.Header)
                    .Text(Text.Get("GuideRule"), Styles.Header).Text(Text.Get("GuideEnter"), Styles.Header).Text(Text.Get("GuideNotApplicable"), Styles.Header);
                var header = sheet.Row;
                foreach (var leaf in leaves)
                {
                    sheet.NewRow().Text(leaf.Code, Styles.Text).Text(leaf.Area.Code, Styles.Text).Text(leaf.Name, Styles.Wrap).Number(leaf.MaxPoints.ToDecimal(), Styles.Number(set.Precision))
                        .Text(leaf.Rule!.Describe(), Styles.Wrap).Text(leaf.Rule.InputHint, Styles.Wrap)
                        .Text(leaf.NotApplicable switch
                        {
                            NotApplicablePolicy.Forbidden => Text.Get("NotApplicableForbidden"),
                            _ when leaf.Block != NodeBlock.None => Text.Format("NotApplicableInBlock", InputValidation.NotApplicableMarker),
                            NotApplicablePolicy.FullPoints => Text.Format("NotApplicableFullPoints", InputValidation.NotApplicableMarker),
                            _ => Text.Format("NotApplicableExcluded", InputValidation.NotApplicableMarker),
                        }, Styles.Wrap);
                }

                sheet.AutoFilter(7, header);
            });
    }

    /// <summary>The hidden sheet the dropdowns take their options from: a column per list, its name in row 1.</summary>
    private static void Lists(WorkbookBuilder book, List<(string Name, List<string> Values)> lists)
    {
        book.Sheet(
            Text.Get("SheetLists"),
            lists.Select(_ => 30d).ToArray(),
            frozenRows: 0,
            frozenColumns: 0,
            hidden: true,
            write: sheet =>
            {
                var rows = lists.Count == 0 ? 0 : lists.Max(l => l.Values.Count);
                sheet.NewRow();
                foreach (var list in lists)
                {
                    sheet.Text(list.Name, Styles.Header);
                }

                for (var r = 0; r < rows; r++)
                {
                    sheet.NewRow();
                    foreach (var list in lists)
                    {
                        if (r < list.Values.Count)
                        {
                            sheet.Text(list.Values[r], Styles.Text);
                        }
                        else
                        {
                            sheet.Empty();
                        }
                    }
                }
            });
    }
}
