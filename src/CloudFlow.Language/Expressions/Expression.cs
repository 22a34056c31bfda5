using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>A parsed expression of the current dialect (fdl.md section 5), evaluated against JSON values.</summary>
public abstract class Expression
{
    /// <summary>Evaluates to a node that has no parent and is shared with nothing, so it can be attached anywhere.</summary>
    public abstract JsonNode? Evaluate(ExpressionScope scope);

    /// <summary>Evaluates a Choice condition (fdl.md 6): null counts as false, any other non-boolean is an error.</summary>
    public abstract bool EvaluateCondition(ExpressionScope scope);

    /// <summary>Parses once, at CreateFlow time; throws <see cref="ExpressionSyntaxException"/>.</summary>
    public static Expression Parse(string text) => ExpressionParser.Parse(text);
}
