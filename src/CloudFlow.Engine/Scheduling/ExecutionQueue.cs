using System.Threading.Channels;
using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Scheduling;

/// <summary>Runs waiting for the worker; unbounded, since every queued run is already stored.</summary>
internal sealed class ExecutionQueue
{
    private readonly Channel<ExecutionRun> _channel = Channel.CreateUnbounded<ExecutionRun>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues the run; once the queue is closed the run is only stored, and the next start resumes it.</summary>
    public void Enqueue(ExecutionRun run)
    {
        if (!_channel.Writer.TryWrite(run))
        {
            run.CompletionSource.TrySetCanceled();
        }
    }

    public ChannelReader<ExecutionRun> Reader => _channel.Reader;

    /// <summary>Shutdown: refuses further runs and lets go of the queued ones, so nobody waits on them.</summary>
    public void Close()
    {
        _channel.Writer.TryComplete();
        while (_channel.Reader.TryRead(out var run))
        {
            run.CompletionSource.TrySetCanceled();
        }
    }
}
