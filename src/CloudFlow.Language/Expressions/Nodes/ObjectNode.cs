using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>An object literal with at least one computed value; keys are distinct (checked by the parser).</summary>
internal sealed class ObjectNode(KeyValuePair<string, ExpressionNode>[] entries) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in entries)
        {
            obj.Add(key, value.ReadDetached(scope));
        }
        return obj;
    }

    public override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);
}
