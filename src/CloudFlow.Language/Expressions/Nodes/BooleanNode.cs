using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>An operator whose value is always a boolean, so conditions use it without building a JsonValue.</summary>
internal abstract class BooleanNode : ExpressionNode
{
    public abstract bool Compute(ExpressionScope scope);

    public sealed override JsonNode? Read(ExpressionScope scope) => JsonValue.Create(Compute(scope));

    public sealed override JsonNode? ReadDetached(ExpressionScope scope) => Read(scope);

    public sealed override bool Test(ExpressionScope scope, string consumer) => Compute(scope);
}
