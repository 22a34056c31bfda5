namespace CloudFlow.Server.Emulator;

/// <summary>The <c>CloudFlow:Emulator</c> section (decisions.md, Accounts and authentication).</summary>
internal sealed class EmulatorOptions
{
    public const string SectionName = "CloudFlow:Emulator";

    /// <summary>When set, every /_emulator/ call must send it in <c>x-emulator-token</c>; unset, they are open.</summary>
    public string? Token { get; set; }
}
