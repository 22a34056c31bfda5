using System.Globalization;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Every wait on time (Wait states, retry intervals): the deadline is journaled and checkpointed before the
/// wait starts (decisions.md, Durability), so a restart resumes the same wait instead of starting it again.
/// </summary>
internal static class Waits
{
    public static async ValueTask WaitAsync(StateContext context, string purpose, Func<DateTimeOffset> deadlineIfNew, CancellationToken cancellationToken)
    {
        var run = context.Run;
        var key = context.EffectKey(purpose);
        DateTimeOffset deadline;
        if (run.Journal.TryGet(key, out var stored))
        {
            deadline = DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);
        }
        else
        {
            deadline = deadlineIfNew();
            run.Journal.Record(key, deadline.ToString("O", CultureInfo.InvariantCulture));
            await run.CheckpointAsync();
        }

        if (run.TimeoutAt is { } timeoutAt && deadline > timeoutAt)
        {
            await run.Clock.WaitUntilAsync(timeoutAt, cancellationToken);
            throw new ExecutionTimedOutException(run.Definition.TimeoutSeconds ?? 0);
        }

        await run.Clock.WaitUntilAsync(deadline, cancellationToken);
    }
}
