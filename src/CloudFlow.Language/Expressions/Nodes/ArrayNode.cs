using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>An array literal with at least one computed element.</summary>
internal sealed class ArrayNode(ExpressionNode[] items) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item.ReadDetached(scope));
        }
        return array;
    }

    public override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);
}
