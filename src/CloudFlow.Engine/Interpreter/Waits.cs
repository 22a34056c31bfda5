using System.Globalization;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Every wait on time (Wait states, retry intervals): the deadline is journaled and checkpointed before the
/// wait starts (decisions.md, Durability), so a restart resumes the same wait instead of starting it again.
/// </summary>
internal static class Waits
{
    private static readonly TimeSpan ExpressWaitLimit = TimeSpan.FromSeconds(ExpressMode.MaxWaitSeconds);

    /// <summary>
    /// A Wait state's (or legacy wait step's) wait from now. In an Express execution it may last at most 20 s (fdl.md
    /// 3.6, 10): what the definition fixes was checked at CreateFlow, what is known only now is checked here.
    /// </summary>
    public static ValueTask WaitStateAsync(StateContext context, Func<DateTimeOffset, DateTimeOffset> deadlineFrom, CancellationToken cancellationToken)
    {
        var now = context.Run.Clock.Now;
        return WaitAsync(context, "wait", () => ExpressBound(context, now, deadlineFrom(now)), cancellationToken);
    }

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
            throw new ExecutionTimedOutException(run.TimeoutSeconds ?? 0);
        }

        await run.Clock.WaitUntilAsync(deadline, cancellationToken);
    }

    private static DateTimeOffset ExpressBound(StateContext context, DateTimeOffset now, DateTimeOffset deadline) =>
        context.Run.Express && deadline - now > ExpressWaitLimit
            ? throw new StateErrorException(
                ErrorNames.InvalidExpression,
                $"State '{context.State.Name}': an Express execution waits at most {ExpressMode.MaxWaitSeconds} seconds, not {(deadline - now).TotalSeconds.ToString(CultureInfo.InvariantCulture)}.")
            : deadline;
}
