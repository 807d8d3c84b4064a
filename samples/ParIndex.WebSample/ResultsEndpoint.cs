using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Excel;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.WebSample;

/// <summary>
/// <c>POST /results</c>, a multipart form: <c>units</c> (the self-assessments), <c>appraisal</c> (each appraisal round, in
/// order; optional, repeatable), <c>survey</c> (the survey results), each a CSV file or a workbook (.xlsx, .xls; told apart
/// by content); optional fields <c>criteria</c> (a shipped criteria set id) and <c>sheet</c> (the self-assessment
/// workbook's sheet). Answers with the results workbook, or a problem response (RFC 9457, status 400) that names the file,
/// sheet and cell (or line and column) of every problem, in the request's language.
/// </summary>
internal static class ResultsEndpoint
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IResult> Handle(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problem(Messages.Get("NotAForm"));
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var units = form.Files.GetFile("units");
        if (units is null)
        {
            return Problem(Messages.Get("UnitsMissing"));
        }

        // Only shipped sets: a criteria path from a request must never reach the file system.
        var id = form["criteria"].ToString().Trim();
        if (id.Length > 0 && !CriteriaSetLoader.ShippedIds.Contains(id, StringComparer.Ordinal))
        {
            return Problem(Messages.Format("UnknownCriteria", id, string.Join(", ", CriteriaSetLoader.ShippedIds)));
        }

        try
        {
            var set = id.Length == 0 ? CriteriaSetLoader.LoadShipped() : CriteriaSetLoader.LoadShipped(id);
            var builder = new AssessmentInputBuilder(set);
            var sheet = form["sheet"].ToString();
            Read(units, sheet.Length == 0 ? null : sheet, table => AssessmentFiles.ReadSelfAssessments(builder, table));
            var round = 0;
            foreach (var file in form.Files.GetFiles("appraisal"))
            {
                round++;
                Read(file, null, table => AssessmentFiles.ReadAppraisalRound(builder, table, AssessmentFiles.RoundName(round, Name(file))));
            }

            if (form.Files.GetFile("survey") is { } survey)
            {
                Read(survey, null, table => AssessmentFiles.ReadSurvey(builder, table));
            }

            var ranking = Ranker.Rank(Scorer.Score(builder.Build()));
            using var workbook = new MemoryStream();
            ResultsWorkbook.Write(ranking, workbook);
            return Results.File(workbook.ToArray(), XlsxContentType, Messages.Get("ResultsFileName"));
        }
        catch (ParIndexException ex)
        {
            return Problem(string.Join("\n", ex.Diagnostics.Select(d => d.ToString())), ex.Diagnostics);
        }
    }

    /// <summary>Reads one uploaded file as a table (workbook or CSV by content) into the builder, which collects the problems of every file.</summary>
    private static void Read(IFormFile file, string? sheet, Action<TableSource> read)
    {
        using var stream = file.OpenReadStream();
        using var table = WorkbookTables.Open(stream, Name(file), sheet);
        read(table);
    }

    /// <summary>The uploaded file's name without any folder a browser sent, as diagnostics show it.</summary>
    private static string Name(IFormFile file) => Path.GetFileName(file.FileName.Replace('\\', '/')) is { Length: > 0 } name ? name : file.Name;

    /// <summary>A 400 problem response: the title in the request's language, every problem in detail and as <c>errors</c>.</summary>
    private static IResult Problem(string detail, IEnumerable<Diagnostic>? diagnostics = null) =>
        Results.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: Messages.Get("ProblemTitle"),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = (diagnostics ?? Array.Empty<Diagnostic>()).Select(d => new Dictionary<string, object?>
                {
                    ["source"] = d.Location?.Source,
                    ["sheet"] = d.Location?.Sheet,
                    ["cell"] = d.Location is { Sheet: not null } at ? SourceLocation.CellName(at.Line, at.Column) : null,
                    ["line"] = d.Location is { Sheet: null } l ? l.Line : null,
                    ["column"] = d.Location is { Sheet: null } c ? c.Column : null,
                    ["message"] = d.Message,
                }).ToArray(),
            });
}
