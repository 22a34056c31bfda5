using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c> written in the condition.</summary>
internal sealed class LegacyLiteralNode(JsonNode? value) : LegacyConditionNode
{
    public override LegacySelection Evaluate(LegacyScope scope) => LegacySelection.Of(value);
}
