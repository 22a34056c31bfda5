using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>
/// A compiled constructor (InputConstructor, OutputConstructor, Parameters, ItemConstructor, GlobalConstructor,
/// Catch OutputConstructor): fdl.md 4.2. Keys ending in ".$" hold expressions, everything else is literal.
/// </summary>
public abstract class DataTemplate
{
    /// <summary>Builds a new value; the result shares no nodes with the scope's values.</summary>
    public abstract JsonNode? Evaluate(ExpressionScope scope);

    /// <summary>Compiles a constructor map; throws <see cref="ExpressionSyntaxException"/> naming the key.</summary>
    public static DataTemplate Compile(JsonObject constructor) => DataTemplateCompiler.Compile(constructor);
}
