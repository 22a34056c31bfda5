using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

internal static class DataTemplateCompiler
{
    public static DataTemplate Compile(JsonObject constructor) => throw new ExpressionSyntaxException($"Constructors are not implemented yet: {constructor}", 0);
}
