namespace CloudFlow.Server.Http.Authentication;

/// <summary>One <c>CloudFlow:Auth:Keys:&lt;AccessKeyId&gt;</c> entry.</summary>
internal sealed class AccessKey
{
    public string Secret { get; init; } = "";
    public string Account { get; init; } = "";
}
