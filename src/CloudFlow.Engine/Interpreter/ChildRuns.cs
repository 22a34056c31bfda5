using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// Runs Parallel branches or Map iterations, at most <c>concurrency</c> at once, results in index order. When
/// several fail, the lowest index is reported: lower ones run on, higher ones are cancelled (decisions.md).
/// </summary>
internal static class ChildRuns
{
    public static async ValueTask<JsonNode?[]> RunAllAsync(
        int count,
        int concurrency,
        Func<int, CancellationToken, ValueTask<JsonNode?>> runChild,
        ExecutionActivity activity,
        CancellationToken cancellationToken)
    {
        var results = new JsonNode?[count];
        var failedIndex = count;
        Exception? failure = null;
        var nextIndex = -1;
        var gate = new Lock();
        var workers = new Task[Math.Clamp(concurrency, 1, Math.Max(count, 1))];

        // A worker's children run one at a time under its own token, which a failure of a lower index cancels; once
        // cancelled it stays so, since every child the worker takes later has a higher index still.
        var cancellations = new CancellationTokenSource[workers.Length];
        var current = new int[workers.Length];
        var unfinished = workers.Length;
        IDisposable? lastLine = null;

        // Each worker is a line of work of its own; the parent only waits for them. The last
        // worker to end hands its line to the parent, which gives it back once it runs again: between the two,
        // the execution would otherwise look idle, and an Advance could answer before the execution moved on.
        async Task WorkAsync(int worker)
        {
            var running = activity.Running();
            try
            {
                await WorkOnAsync(worker);
            }
            finally
            {
                if (Interlocked.Decrement(ref unfinished) == 0)
                {
                    lastLine = running;
                }
                else
                {
                    running.Dispose();
                }
            }
        }

        async Task WorkOnAsync(int worker)
        {
            var cancellation = cancellations[worker];
            int index;
            while ((index = Interlocked.Increment(ref nextIndex)) < count)
            {
                lock (gate)
                {
                    current[worker] = index;
                    if (index > failedIndex)
                    {
                        cancellation.Cancel();
                    }
                }

                try
                {
                    results[index] = await runChild(index, cancellation.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Cancelled because a lower index failed; any other cancellation is this child's own failure.
                    if (e is OperationCanceledException && cancellation.IsCancellationRequested)
                    {
                        continue;
                    }

                    lock (gate)
                    {
                        if (index < failedIndex)
                        {
                            failedIndex = index;
                            failure = e;
                            for (var w = 0; w < workers.Length; w++)
                            {
                                if (current[w] > index)
                                {
                                    cancellations[w].Cancel();
                                }
                            }
                        }
                    }
                }
            }
        }

        try
        {
            for (var w = 0; w < workers.Length; w++)
            {
                cancellations[w] = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            }

            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = WorkAsync(w);
            }

            using (activity.Idle())
            {
                await Task.WhenAll(workers);
            }
        }
        finally
        {
            lastLine?.Dispose();
            foreach (var source in cancellations)
            {
                source?.Dispose();
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
