namespace CloudFlow.Language.Definitions;

/// <summary>Error names the interpreter raises (fdl.md 7.1; names marked Decision are the emulator's).</summary>
public static class ErrorNames
{
    public const string All = "FnF.ALL";
    public const string Timeout = "FnF.Timeout";

    /// <summary>A legacy task step exceeded its <c>timeoutSeconds</c> (fdl-legacy.md 3.2).</summary>
    public const string TaskTimeout = "FnF.TaskTimeout";
    public const string InvalidExpression = "FnF.InvalidExpression";
    public const string DataSizeExceeded = "FnF.DataSizeExceeded";
    public const string Failed = "FnF.Failed";
    public const string ChoiceNoMatch = "FnF.ChoiceNoMatch";
    public const string Unsupported = "FnF.Unsupported";
    public const string RuntimeError = "FnF.RuntimeError";
    public const string HistoryLimitExceeded = "FnF.HistoryLimitExceeded";

    public static bool Matches(IReadOnlyList<string> names, string error)
    {
        foreach (var name in names)
        {
            if (name == All || name == error)
            {
                return true;
            }
        }

        return false;
    }
}
