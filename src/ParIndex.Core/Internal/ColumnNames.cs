namespace ParIndex.Internal;

/// <summary>
/// The reserved column names of the input tables, below every layer so that recognising a file's kind
/// (<see cref="FileKinds"/>, used by the YAML readers too) needs no reader of the IO layer.
/// </summary>
internal static class ColumnNames
{
    public const string UnitId = "unit_id";
    public const string UnitName = "unit_name";
    public const string Group = "group";
    public const string Code = "code";
    public const string Value = "value";
    public const string Evidence = "evidence";
    public const string Note = "note";
    public const string Points = "points";
    public const string Delta = "delta";
    public const string Reason = "reason";
}
