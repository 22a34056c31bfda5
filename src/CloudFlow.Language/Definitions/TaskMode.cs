namespace CloudFlow.Language.Definitions;

public enum TaskMode
{
    RequestComplete,
    WaitForSystemCallback,
    WaitForCustomCallback,
}
