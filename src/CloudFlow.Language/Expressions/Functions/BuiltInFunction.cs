using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>
/// A built-in function of fdl.md 5.5. A variadic function takes <paramref name="arity"/> arguments or more.
/// A wrong argument count is a run-time error (D12), like a wrong argument type.
/// </summary>
internal sealed class BuiltInFunction(string name, int arity, bool variadic, FunctionBody body)
{
    public string Name { get; } = name;

    public JsonNode? Invoke(ReadOnlySpan<JsonNode?> values, ExpressionScope scope)
    {
        var arguments = new FunctionArguments(Name, values);
        if (values.Length < arity || (!variadic && values.Length > arity))
        {
            var expected = $"{(variadic ? "at least " : "")}{arity} argument{(arity == 1 ? "" : "s")}";
            throw arguments.Error($"expects {expected}, got {values.Length}");
        }
        return body(arguments, scope);
    }
}
