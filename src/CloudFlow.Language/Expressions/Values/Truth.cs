using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>How a value counts as a condition (fdl.md 6, D24): null is false, other non-booleans are errors.</summary>
internal static class Truth
{
    public static bool Of(JsonNode? value, string consumer) => JsonTypes.KindOf(value) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False or JsonValueKind.Null => false,
        _ => throw new ExpressionEvaluationException($"{consumer} needs a boolean, got {JsonTypes.NameOf(value)}"),
    };
}
