using System.Diagnostics;
using CloudFlow.Server.Tests.Actions;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Durability;

/// <summary>
/// Pages are checkpointed out of the WAL in the background, and the WAL must still start over: a checkpointer that
/// never catches up with a writer that never pauses lets the WAL grow without end (a gigabyte in seconds).
/// </summary>
public sealed class WalSizeTests
{
    private const long MaxWalBytes = 32L * 1024 * 1024;

    [Fact]
    public async Task StartsThatNeverPause_KeepTheWalBounded()
    {
        await using var factory = new CloudFlowFactory();
        var client = factory.CreateCloudFlowClient();
        var flow = CloudFlowClient.UniqueName("wal");
        (await client.CreateFlowAsync(flow, StartExecutionTests.PassFlow)).EnsureOk();
        var wal = Path.Combine(factory.DataDirectory, "cloudflow.db-wal");
        var largest = 0L;
        var started = 0;
        var load = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async loop =>
        {
            for (var i = 0; load.Elapsed < TimeSpan.FromSeconds(4); i++)
            {
                (await client.StartExecutionAsync(flow, $"l{loop}-{i}")).EnsureOk();
                Interlocked.Increment(ref started);
                if (i % 50 == 0)
                {
                    InterlockedMax(ref largest, new FileInfo(wal).Length);
                }
            }
        }));

        Assert.True(started > 2_000, $"only {started} executions started: too few to pass the writer's checkpoint threshold");
        Assert.True(largest < MaxWalBytes, $"the WAL reached {largest:N0} bytes over {started:N0} executions");
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
