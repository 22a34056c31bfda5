using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Engine.Interpreter.Executors;

/// <summary>fdl.md 3.8: fails its scope with Code and Detail (their expression forms are an extension).</summary>
internal sealed class FailStateExecutor : InstantStateExecutor<FailState>
{
    protected override StateOutcome Execute(FailState state, StateContext context)
    {
        var code = Text(state.CodeExpression, context) ?? state.Code;
        var detail = Text(state.DetailExpression, context) ?? state.Detail;
        throw new StateErrorException(code, detail);
    }

    private static string? Text(Expression? expression, StateContext context) =>
        expression is null ? null : context.Evaluate(expression, context.Scope(context.Input)) switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => other?.ToJsonString() ?? "",
        };
}
