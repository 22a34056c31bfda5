using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Templates;

/// <summary>An array with at least one computed element.</summary>
internal sealed class ArrayTemplate(DataTemplate[] items) : DataTemplate
{
    public override JsonNode? Evaluate(ExpressionScope scope)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            result.Add(item.Evaluate(scope));
        }
        return result;
    }
}
