using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>A parsed expression of the current dialect (fdl.md section 5), evaluated against JSON values.</summary>
public abstract class Expression
{
    public abstract JsonNode? Evaluate(ExpressionScope scope);

    /// <summary>Parses once, at CreateFlow time; throws <see cref="ExpressionSyntaxException"/>.</summary>
    public static Expression Parse(string text) => ExpressionParser.Parse(text);
}
