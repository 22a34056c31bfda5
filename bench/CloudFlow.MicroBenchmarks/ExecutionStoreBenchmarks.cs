using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;

namespace CloudFlow.MicroBenchmarks;

/// <summary>
/// The store in a SQLite file (a temporary data directory). What DescribeExecution costs once an execution has ended
/// and lives only in storage: finding it by account, flow and name, the row read into an <see cref="ExecutionRecord"/>.
/// What StartExecution's writes cost under load: sixteen new executions stored at once, which the writer commits in
/// one or two batches.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends the writer in [GlobalCleanup].")]
public class ExecutionStoreBenchmarks
{
    private const string Account = "1234567890123456";
    private const string Flow = "pass-chain";
    private const string Name = "finished";
    private DirectoryInfo _directory = null!;
    private WriteQueue _writes = null!;
    private ExecutionStore _store = null!;
    private ExecutionRecord _finished = null!;
    private long _inserted;

    [GlobalSetup]
    public void StoreOneFinishedExecution()
    {
        _directory = Directory.CreateTempSubdirectory("cloudflow-micro-");
        var database = new SqliteDatabase(_directory.FullName);
        _writes = new WriteQueue(database);
        _store = new ExecutionStore(database, _writes, new DefinitionStore());
        var started = DateTimeOffset.UtcNow;
        var input = Workloads.Text($"{Flow}.input.json");
        _finished = new ExecutionRecord
        {
            Id = _store.NextId(),
            Account = Account,
            FlowName = Flow,
            Name = Name,
            FlowDefinition = DefinitionText.Of(Workloads.Text($"{Flow}.yaml")),
            Input = input,
            Output = input,
            Status = ExecutionStatus.Succeeded,
            StartedTime = started,
            StoppedTime = started.AddMilliseconds(1),
        };
        if (!_store.TryInsertAsync(new ExecutionCheckpoint(_finished, null, [])).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The execution was not stored.");
        }
    }

    [GlobalCleanup]
    public void RemoveDataDirectory()
    {
        _writes.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Benchmark]
    public ExecutionRecord? FindFinishedExecution() => _store.Find(Account, Flow, Name);

    [Benchmark(OperationsPerInvoke = 16)]
    public async Task InsertSixteenExecutionsAtOnce()
    {
        var inserts = new Task<bool>[16];
        for (var i = 0; i < inserts.Length; i++)
        {
            var execution = _finished with { Id = _store.NextId(), Name = $"new-{++_inserted}" };
            inserts[i] = _store.TryInsertAsync(new ExecutionCheckpoint(execution, null, []));
        }

        foreach (var inserted in await Task.WhenAll(inserts))
        {
            if (!inserted)
            {
                throw new InvalidOperationException("An execution was not stored.");
            }
        }
    }
}
