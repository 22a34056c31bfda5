using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The implementation of a built-in function; it returns a node that nobody else holds.</summary>
internal delegate JsonNode? FunctionBody(FunctionArguments arguments, ExpressionScope scope);
