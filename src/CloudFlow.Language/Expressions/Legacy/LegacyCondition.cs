using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>A choice condition (fdl-legacy.md 4), parsed once at CreateFlow; true only when it gives the boolean true.</summary>
public sealed class LegacyCondition
{
    private readonly LegacyConditionNode _root;

    private LegacyCondition(string text, LegacyConditionNode root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>Throws <see cref="ExpressionSyntaxException"/> naming the position of the problem.</summary>
    public static LegacyCondition Parse(string text) => new(text, LegacyConditionParser.Parse(text));

    /// <summary>Reads the choice step's input as <c>$</c>; never fails (a missing path or a type mismatch is false).</summary>
    public bool IsTrue(JsonNode? input) => LegacyConditionNode.IsTrue(_root.Evaluate(new LegacyScope { Input = input }));
}
