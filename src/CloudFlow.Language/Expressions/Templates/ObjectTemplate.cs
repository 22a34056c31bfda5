using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Templates;

/// <summary>A map with at least one computed value; keys are distinct (checked by the compiler).</summary>
internal sealed class ObjectTemplate(KeyValuePair<string, DataTemplate>[] entries) : DataTemplate
{
    public override JsonNode? Evaluate(ExpressionScope scope)
    {
        var result = new JsonObject();
        foreach (var (key, value) in entries)
        {
            result.Add(key, value.Evaluate(scope));
        }
        return result;
    }
}
