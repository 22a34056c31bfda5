using System.Text.Json.Nodes;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Nodes;

/// <summary><c>target.name</c> or <c>target["name"]</c>.</summary>
internal sealed class MemberNode(ExpressionNode target, string name) : ExpressionNode
{
    public override JsonNode? Read(ExpressionScope scope) => JsonPaths.Member(target.Read(scope), name);
}
