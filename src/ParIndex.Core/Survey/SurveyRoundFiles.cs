using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;

namespace ParIndex.Survey;

/// <summary>
/// Reads a round's self-assessment and appraisal files like <see cref="AssessmentFiles.Load(CriteriaSet, string, IEnumerable{string}, string)"/>,
/// with the survey values computed from respondents' answers in place of a survey results file.
/// </summary>
public static class SurveyRoundFiles
{
    /// <summary>Reads the CSV files and adds the survey values; every problem in every file is reported at once.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment file.</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied, or <see langword="null"/>.</param>
    /// <param name="survey">The survey values (from <see cref="SurveyCalculator.Compute(SurveyResponses, CriteriaSet)"/>); a unit with answers but no self-assessment is an error.</param>
    /// <exception cref="ParIndexException">Any file is missing or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths, SurveyResult survey) =>
        Load(criteriaSet, selfAssessmentPath, appraisalPaths, survey, TableSource.OpenCsv);

    /// <summary>Reads the tables, each opened by <paramref name="open"/> (CSV, or workbooks through ParIndex.Excel), and adds the survey values.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment table.</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied, or <see langword="null"/>.</param>
    /// <param name="survey">The survey values; a unit with answers but no self-assessment is an error.</param>
    /// <param name="open">Opens a path as a table.</param>
    /// <exception cref="ParIndexException">Any table is missing or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths, SurveyResult survey, Func<string, TableSource> open)
    {
        if (criteriaSet is null)
        {
            throw new ArgumentNullException(nameof(criteriaSet));
        }

        if (selfAssessmentPath is null)
        {
            throw new ArgumentNullException(nameof(selfAssessmentPath));
        }

        if (survey is null)
        {
            throw new ArgumentNullException(nameof(survey));
        }

        if (open is null)
        {
            throw new ArgumentNullException(nameof(open));
        }

        var builder = new AssessmentInputBuilder(criteriaSet);
        using (var rows = open(selfAssessmentPath))
        {
            AssessmentFiles.ReadSelfAssessments(builder, rows);
        }

        var round = 0;
        foreach (var path in appraisalPaths ?? Array.Empty<string>())
        {
            round++;
            using var rows = open(path);
            AssessmentFiles.ReadAppraisalRound(builder, rows, AssessmentFiles.RoundName(round, path));
        }

        survey.AddTo(builder);
        return builder.Build();
    }
}
