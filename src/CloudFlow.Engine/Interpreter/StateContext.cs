using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Expressions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>One visit of one state: what its executor and constructors see (fdl.md 4.2 variables).</summary>
public sealed class StateContext : ILazyScopeValues
{
    private AttemptName? _attempt;

    internal StateContext(ExecutionRun run, Lane lane, StateDefinition state, int visit, ScopeRunner scopes)
    {
        Run = run;
        Lane = lane;
        Scopes = scopes;
        Enter(state, visit);
    }

    public ExecutionRun Run { get; }

    public Lane Lane { get; }

    public StateDefinition State { get; private set; }

    public int Visit { get; private set; }

    /// <summary>The state's input after its InputConstructor.</summary>
    public JsonNode? Input { get; internal set; }

    public int RetryCount { get; internal set; }

    /// <summary>Id of this visit's StepEntered event: stable across a replay, so it names the visit in its task token.</summary>
    public long EnteredEventId { get; internal set; }

    /// <summary>The visit's task token (fdl.md 11.4) when it is a Task waiting for a callback.</summary>
    public string? TaskToken { get; internal set; }

    internal ScopeRunner Scopes { get; }

    /// <summary>Starts the given visit of a state, with nothing of the previous visit left (<see cref="Lane.EnterInstant"/>).</summary>
    [MemberNotNull(nameof(State))]
    internal StateContext Enter(StateDefinition state, int visit)
    {
        (State, Visit, Input, RetryCount, EnteredEventId, TaskToken, _attempt) = (state, visit, null, 0, 0, null, null);
        return this;
    }

    /// <summary>Names this visit's attempt, for effect keys and child lanes: stable across a replay.</summary>
    public string AttemptKey
    {
        get
        {
            // Read by every Map iteration and Parallel branch of the attempt, from several threads.
            var attempt = _attempt;
            if (attempt?.RetryCount != RetryCount)
            {
                _attempt = attempt = new AttemptName($"{State.Name}#{Visit}.{RetryCount}", RetryCount);
            }

            return attempt.Key;
        }
    }

    /// <summary>Where this attempt journals one kind of effect (a wait's deadline, a task's answer).</summary>
    public string EffectKey(string purpose) => $"{Lane.Path}/{AttemptKey}:{purpose}";

    public ExpressionScope Scope(JsonNode? input, JsonNode? output = null, JsonNode? item = null, JsonObject? error = null) => new()
    {
        Input = input,
        Output = output,
        Item = item,
        Global = Run.Global,
        Lazy = error is null ? this : new CaughtScopeValues(this, error),
    };

    JsonNode? ILazyScopeValues.BuildContext() => ContextObject.Build(this, null);

    Random ILazyScopeValues.CreateRandom() => new(StableSeed());

    /// <summary>The same seed for the same attempt in every process, so uuid() and randomInt() repeat on a replay.</summary>
    private int StableSeed()
    {
        var hash = (uint)Run.Record.Id * 2654435761u;
        foreach (var c in $"{Lane.Path}/{AttemptKey}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    public JsonNode? Evaluate(Expression expression, ExpressionScope scope)
    {
        try
        {
            return expression.Evaluate(scope);
        }
        catch (ExpressionEvaluationException e)
        {
            throw InvalidExpression(e);
        }
    }

    public JsonNode? Evaluate(DataTemplate template, ExpressionScope scope)
    {
        try
        {
            return template.Evaluate(scope);
        }
        catch (ExpressionEvaluationException e)
        {
            throw InvalidExpression(e);
        }
    }

    /// <summary>A run-time expression error fails the state with FnF.InvalidExpression (fdl.md 5.4, D12).</summary>
    private StateErrorException InvalidExpression(ExpressionEvaluationException e) =>
        new(ErrorNames.InvalidExpression, $"State '{State.Name}': {e.Message}");

    private sealed record AttemptName(string Key, int RetryCount);

    /// <summary>A Catch constructor's scope: $Context.Current.Error is the error it caught (fdl.md 7.4).</summary>
    private sealed class CaughtScopeValues(StateContext state, JsonObject error) : ILazyScopeValues
    {
        public JsonNode? BuildContext() => ContextObject.Build(state, error);

        public Random CreateRandom() => new(state.StableSeed());
    }
}
