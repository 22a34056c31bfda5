using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>
/// A node of a parsed expression. Nodes read values without copying them; a copy is made only where a value leaves
/// the expression or goes into a new container, because a JsonNode can have only one parent.
/// </summary>
internal abstract class ExpressionNode : Expression
{
    /// <summary>The value, possibly a node of the scope or of the tree itself: never mutate it or attach it.</summary>
    public abstract JsonNode? Read(ExpressionScope scope);

    /// <summary>The value as a node that has no parent and is shared with nothing.</summary>
    public virtual JsonNode? ReadDetached(ExpressionScope scope) => Read(scope)?.DeepClone();

    /// <summary>The value as a condition; <paramref name="consumer"/> names the operator in the error.</summary>
    public virtual bool Test(ExpressionScope scope, string consumer) => Truth.Of(Read(scope), consumer);

    public sealed override JsonNode? Evaluate(ExpressionScope scope) => ReadDetached(scope);

    public sealed override bool EvaluateCondition(ExpressionScope scope) => Test(scope, "condition");
}
