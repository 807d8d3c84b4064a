namespace ParIndex.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug): reported without a stack trace unless PARINDEX_DEBUG is set.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad input or usage: a file or option that cannot be used as given.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled with Ctrl-C.</summary>
    public const int Cancelled = 130;
}
