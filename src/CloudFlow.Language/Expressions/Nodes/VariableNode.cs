using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary>One of the variables of fdl.md 4.2: $Input, $Output, $Context, $Global, $Item.</summary>
internal sealed class VariableNode : ExpressionNode
{
    private static readonly FrozenDictionary<string, VariableNode> ByName = new Dictionary<string, VariableNode>
    {
        ["$Input"] = new(static scope => scope.Input),
        ["$Output"] = new(static scope => scope.Output),
        ["$Context"] = new(static scope => scope.Context),
        ["$Global"] = new(static scope => scope.Global),
        ["$Item"] = new(static scope => scope.Item),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Func<ExpressionScope, JsonNode?> _select;

    private VariableNode(Func<ExpressionScope, JsonNode?> select) => _select = select;

    public static bool TryGet(string name, [NotNullWhen(true)] out VariableNode? variable) => ByName.TryGetValue(name, out variable);

    public override JsonNode? Read(ExpressionScope scope) => _select(scope);
}
