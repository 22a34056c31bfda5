using System.Text.Json.Nodes;
using CloudFlow.Engine.Time;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Runs Parallel branches or Map iterations, at most <c>concurrency</c> at once, results in index order. When
/// several fail, the lowest index is reported: lower ones run on, higher ones are cancelled (decisions.md).
/// </summary>
internal static class ChildRuns
{
    public static async ValueTask<JsonNode?[]> RunAllAsync(
        IExecutionClock clock,
        int count,
        int concurrency,
        Func<int, CancellationToken, ValueTask<JsonNode?>> runChild,
        CancellationToken cancellationToken)
    {
        var results = new JsonNode?[count];
        var cancellations = new CancellationTokenSource[count];
        for (var i = 0; i < count; i++)
        {
            cancellations[i] = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        var failedIndex = count;
        Exception? failure = null;
        var nextIndex = -1;
        var gate = new Lock();

        async Task WorkAsync(LaneGroup lanes)
        {
            try
            {
                await RunChildrenAsync();
            }
            finally
            {
                lanes.End();
            }
        }

        async Task RunChildrenAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref nextIndex)) < count)
            {
                try
                {
                    results[index] = await runChild(index, cancellations[index].Token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Cancelled because a lower index failed; any other cancellation is this child's own failure.
                    if (e is OperationCanceledException && cancellations[index].IsCancellationRequested)
                    {
                        continue;
                    }

                    lock (gate)
                    {
                        if (index < failedIndex)
                        {
                            failedIndex = index;
                            failure = e;
                            for (var j = index + 1; j < count; j++)
                            {
                                cancellations[j].Cancel();
                            }
                        }
                    }
                }
            }
        }

        try
        {
            var workers = new Task[Math.Clamp(concurrency, 1, Math.Max(count, 1))];
            var lanes = clock.Fork(workers.Length);
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = WorkAsync(lanes);
            }

            await Task.WhenAll(workers);
        }
        finally
        {
            foreach (var source in cancellations)
            {
                source.Dispose();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return results;
    }
}
