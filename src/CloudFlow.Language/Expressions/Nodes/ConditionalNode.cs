using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>condition ? whenTrue : whenFalse</c> (D17); the condition follows the rules of fdl.md 6.</summary>
internal sealed class ConditionalNode(ExpressionNode condition, ExpressionNode whenTrue, ExpressionNode whenFalse) : ExpressionNode
{
    private const string Consumer = "operator '?:'";

    public override JsonNode? Read(ExpressionScope scope) => Pick(scope).Read(scope);

    public override JsonNode? ReadDetached(ExpressionScope scope) => Pick(scope).ReadDetached(scope);

    public override bool Test(ExpressionScope scope, string consumer) => Pick(scope).Test(scope, consumer);

    private ExpressionNode Pick(ExpressionScope scope) => condition.Test(scope, Consumer) ? whenTrue : whenFalse;
}
