using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>
/// <c>item in container</c>: an array holding an equal element, or an object having the key (fdl.md 5.2);
/// any other container is an error (D24).
/// </summary>
internal sealed class InNode(ExpressionNode item, ExpressionNode container) : BooleanNode
{
    public override bool Compute(ExpressionScope scope)
    {
        var value = item.Read(scope);
        return container.Read(scope) switch
        {
            JsonArray array => JsonEquality.Contains(array, value),
            JsonObject obj => JsonTypes.TryGetString(value, out var key) && obj.ContainsKey(key),
            var other => throw new ExpressionEvaluationException(
                $"operator 'in' needs an array or an object on its right, got {JsonTypes.NameOf(other)}"),
        };
    }
}
