using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Templates;

/// <summary>A constructor value computed by an expression; its value is inserted as its JSON type (fdl.md 5.3).</summary>
internal sealed class ExpressionTemplate(Expression expression) : DataTemplate
{
    public override JsonNode? Evaluate(ExpressionScope scope) => expression.Evaluate(scope);
}
