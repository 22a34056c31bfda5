using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Mocks;

/// <summary>
/// One result a Task state gives instead of calling its integration: an output (the raw result) or an error.
/// Scenario entries also say which invocations they cover (1-based, <see cref="LastInvocation"/> null = open).
/// </summary>
public sealed record MockEntry
{
    public JsonNode? Output { get; init; }

    public string? Error { get; init; }

    public string Cause { get; init; } = "";

    public int FirstInvocation { get; init; } = 1;

    public int? LastInvocation { get; init; }

    public bool Covers(int invocation) => invocation >= FirstInvocation && (LastInvocation is null || invocation <= LastInvocation);
}
