using System.Threading.Channels;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Scheduling;

/// <summary>Runs waiting for the worker; unbounded, since every queued run is already stored.</summary>
internal sealed class ExecutionQueue
{
    private readonly Channel<ExecutionRun> _channel = Channel.CreateUnbounded<ExecutionRun>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(ExecutionRun run) => _channel.Writer.TryWrite(run);

    public ChannelReader<ExecutionRun> Reader => _channel.Reader;
}
