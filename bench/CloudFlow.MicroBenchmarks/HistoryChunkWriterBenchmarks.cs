using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CloudFlow.Engine.Interpreter;
using CloudFlow.Engine.Time;

namespace CloudFlow.MicroBenchmarks;

/// <summary>
/// The history of a pass-chain execution as the interpreter records it: per Pass state, StepEntered, StepStarted,
/// StepSucceeded and StepExited in one <see cref="HistoryLog"/> append of an instant step (as StateRunner's do),
/// all sharing the state's input node, in a new log; then the chunk is taken as the final checkpoint takes it. Figures
/// are per state.
/// </summary>
[MemoryDiagnoser]
public class HistoryChunkWriterBenchmarks
{
    private const int States = 1000;
    private static readonly TimeSpan PerState = TimeSpan.FromTicks(3500);

    private readonly DateTimeOffset _start = DateTimeOffset.UnixEpoch.AddYears(56);
    private string[] _names = [];
    private JsonNode? _input;
    private IExecutionClock _clock = null!;

    [GlobalSetup]
    public void LoadPassChain()
    {
        _names = [.. Workloads.Flow("pass-chain").Root.States.Select(s => s.Name).Take(States)];
        if (_names.Length != States)
        {
            throw new InvalidOperationException($"pass-chain has {_names.Length} states; the figures assume {States}.");
        }

        _input = Workloads.Input("pass-chain");
        var clock = new ManualClock(_start, _ => { });
        _clock = new ManualExecutionClock(clock, new ExecutionActivity(clock));
    }

    [Benchmark(OperationsPerInvoke = States)]
    public int RecordPassChain()
    {
        // A log per execution, as the engine has: one kept across invocations reaches the limit of int.MaxValue events.
        var history = new HistoryLog(_clock, int.MaxValue, []);
        var lane = new Lane("", 0);
        var at = _start;
        foreach (var name in _names)
        {
            var data = EventDetail.Input(_input);
            history.Append(lane, name, at, InstantStep.Succeeded, [data, data, EventDetail.Output(_input), EventDetail.Output(_input)]);
            at += PerState;
        }

        var chunk = history.TakePending()!;
        chunk.Bytes.Return();
        return chunk.Bytes.Length;
    }
}
