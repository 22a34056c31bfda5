using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Engine.Time;

internal sealed class SystemExecutionClock(TimeProvider time, ExecutionActivity activity) : IExecutionClock
{
    public DateTimeOffset Now => time.GetUtcNow();

    public TimeSpan Offset => TimeSpan.Zero;

    public async ValueTask WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var delay = deadline - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            using (activity.Idle())
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    public Task TimerAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpanExtensions.AtLeastZero(at - time.GetUtcNow()), time, cancellationToken);
}
