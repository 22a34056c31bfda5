using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Functions;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>A call of a built-in function (fdl.md 5.5). Built-ins return nodes that nobody else holds.</summary>
internal sealed class CallNode(BuiltInFunction function, ExpressionNode[] arguments) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope)
    {
        // Most calls have few arguments: keep their values on the stack instead of allocating an array per call.
        var buffer = new ArgumentBuffer();
        var values = arguments.Length <= ArgumentBuffer.Capacity ? ((Span<JsonNode?>)buffer)[..arguments.Length] : new JsonNode?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Read(scope);
        }
        return function.Invoke(values, scope);
    }

    public override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);
}
