using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The argument values of one call, read as the function expects them; errors name the function (D12).</summary>
internal readonly ref struct FunctionArguments
{
    private readonly string _function;
    private readonly ReadOnlySpan<JsonNode?> _values;

    public FunctionArguments(string function, ReadOnlySpan<JsonNode?> values)
    {
        _function = function;
        _values = values;
    }

    public int Count => _values.Length;

    public JsonNode? this[int index] => _values[index];

    public string String(int index) => JsonTypes.TryGetString(_values[index], out var text) ? text : throw Mismatch(index, "a string");

    public long Integer(int index) =>
        Number.TryRead(_values[index], out var number) && number.TryGetInteger(out var integer) ? integer : throw Mismatch(index, "an integer");

    public JsonArray Array(int index) => _values[index] as JsonArray ?? throw Mismatch(index, "an array");

    public JsonObject Object(int index) => _values[index] as JsonObject ?? throw Mismatch(index, "an object");

    public ExpressionEvaluationException Mismatch(int index, string expected) =>
        Error($"argument {index + 1} must be {expected}, got {JsonTypes.NameOf(_values[index])}");

    public ExpressionEvaluationException Error(string problem) => new($"{_function}: {problem}");
}
