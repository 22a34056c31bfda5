using System.Text.Json.Nodes;
using CloudFlow.Engine.Mocks;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Engine.Time;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter;

/// <summary>Everything one running execution owns; executors are stateless and read it from here.</summary>
public sealed class ExecutionRun : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _invocations = new(StringComparer.Ordinal);
    private readonly ExecutionStore _store;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _abandon;
    // Continuations run on the thread that learned of the first commit: StartExecution answers from there instead of
    // waiting for a thread-pool item of its own (pass-chain in the engine: 367-376 against 388-437 µs of CPU).
    private readonly TaskCompletionSource<bool> _stored = new();
    private readonly IDisposable _running;
    private JsonObject _global = [];
    // The first write, then the last checkpoint deferred behind it; null until the first write. Checkpoints taken
    // while it is in flight (or after it failed) wait behind it, so chunks reach the store in the order taken.
    private Task? _orderedWrite;

    internal ExecutionRun(
        ExecutionRecord record,
        FlowDefinition definition,
        DataFlow dataFlow,
        ExecutionActivity activity,
        IExecutionClock clock,
        HistoryLog history,
        EffectJournal journal,
        TaskResultSource mocks,
        ExecutionStore store,
        bool express,
        bool stored,
        CancellationToken shutdown)
    {
        Record = record;
        Definition = definition;
        DataFlow = dataFlow;
        Activity = activity;
        Clock = clock;

        // Busy for the manual clock from the moment it exists: a queued run has not reached its first wait yet.
        _running = activity.Running();
        History = history;
        Journal = journal;
        Mocks = mocks;
        _store = store;
        Express = express;
        _abandon = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        if (stored)
        {
            _stored.SetResult(true);
            _orderedWrite = Task.CompletedTask;
        }

        Input = JsonNode.Parse(record.Input);

        // An Express execution runs at most 5 minutes, whatever the flow's own Timeout says (fdl.md 12).
        TimeoutSeconds = express ? Math.Min(definition.TimeoutSeconds ?? ExpressMode.MaxDurationSeconds, ExpressMode.MaxDurationSeconds) : definition.TimeoutSeconds;
        if (TimeoutSeconds is { } timeout)
        {
            TimeoutAt = record.StartedTime.AddSeconds(timeout);
        }
    }

    public ExecutionRecord Record { get; }

    /// <summary>The top-level line of execution.</summary>
    public Lane RootLane { get; } = new("", 0);

    public FlowDefinition Definition { get; }

    /// <summary>How data moves through this flow's states: chosen once, by the flow's dialect.</summary>
    internal DataFlow DataFlow { get; }

    public ExecutionActivity Activity { get; }

    public IExecutionClock Clock { get; }

    public HistoryLog History { get; }

    public EffectJournal Journal { get; }

    internal TaskResultSource Mocks { get; }

    public JsonNode? Input { get; }

    /// <summary>A StartSyncExecution run: never stored, answered in the same call (decisions.md).</summary>
    public bool Express { get; }

    public int? TimeoutSeconds { get; }

    public DateTimeOffset? TimeoutAt { get; }

    public CancellationToken StopToken => _stop.Token;

    /// <summary>
    /// Cancelled when the run must store nothing more: the emulator shuts down (the next start resumes it from its last
    /// checkpoint), or its first checkpoint found the execution's name taken in storage (it never existed).
    /// </summary>
    public CancellationToken AbandonToken => _abandon.Token;

    /// <summary>
    /// Completes once the first checkpoint is written: true when the execution is stored (from then on it is
    /// acknowledged), false when its name was taken, cancelled when the run ended before writing anything.
    /// </summary>
    internal Task<bool> Stored => _stored.Task;

    /// <summary>
    /// Why the store refused a checkpoint of the stored execution, once it has: the run then stops storing, as at a
    /// shutdown, and the execution runs again from its last stored checkpoint (<see cref="Scheduling.ExecutionRecovery"/>).
    /// </summary>
    internal Exception? StoreFailure { get; private set; }

    /// <summary>How many runs of this execution before this one stopped on a refused checkpoint, for the pause before the next.</summary>
    internal int StoreRefusals { get; set; }

    /// <summary>Error and cause given to StopExecution, once it has been called.</summary>
    public (string Error, string Cause)? StopReason { get; private set; }

    public Task<ExecutionRecord> Completion => CompletionSource.Task;

    internal TaskCompletionSource<ExecutionRecord> CompletionSource { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JsonObject Global
    {
        get
        {
            lock (_lock)
            {
                return _global;
            }
        }
    }

    /// <summary>$Global = merge($Global, values): a new object each time, so earlier readers keep their view.</summary>
    public void MergeGlobal(JsonObject values)
    {
        lock (_lock)
        {
            var merged = (JsonObject)_global.DeepClone();
            foreach (var (key, value) in values)
            {
                merged[key] = value?.DeepClone();
            }

            _global = merged;
        }
    }

    /// <summary>1-based invocation number of a Task state in this execution (decisions.md, Mocks and scenarios).</summary>
    public int NextInvocation(string stateName)
    {
        lock (_lock)
        {
            var next = _invocations.GetValueOrDefault(stateName) + 1;
            _invocations[stateName] = next;
            return next;
        }
    }

    /// <summary>
    /// ExecutionStarted, at StartedTime and once: it is stored with the first checkpoint, so a replay finds it there,
    /// or records it again if the process stopped before that checkpoint.
    /// </summary>
    public void RecordStarted()
    {
        if (RootLane.NextSeq == 0)
        {
            History.Append(RootLane, EventTypes.ExecutionStarted, "", EventDetail.Input(Input), at: Record.StartedTime);
        }
    }

    public void RequestStop(string error, string cause)
    {
        StopReason ??= (error, cause);
        _stop.Cancel();
    }

    /// <summary>
    /// Writes the events and effects recorded since the last checkpoint, in order; an Express run drops them. The first
    /// checkpoint of a new execution inserts its row, so a flow that reaches its end before any effect is stored in one
    /// write. Refused once the run is abandoned: what it computes then must not become its history.
    /// </summary>
    public Task CheckpointAsync(ExecutionRecord state) => CheckpointAsync(state, parentSlot: null);

    /// <summary>The end of a child execution, with its report to the parent task claimed in the same write.</summary>
    internal Task CheckpointAsync(ExecutionRecord state, SlotClaim? parentSlot)
    {
        AbandonToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var history = History.TakePending();
            var effects = Journal.TakePending();
            if (Express)
            {
                history?.Bytes.Return();
                return Task.CompletedTask;
            }

            var checkpoint = new ExecutionCheckpoint(state with { ClockOffset = Clock.Offset }, history, effects, parentSlot);
            if (_orderedWrite is null)
            {
                return _orderedWrite = InsertAsync(checkpoint);
            }

            // A chunk stored without an earlier one (a crash or a refusal between them) would leave a gap in the event
            // ids that a replay cannot fill. Once the ordered write is done, the write queue keeps the order.
            if (!_orderedWrite.IsCompletedSuccessfully)
            {
                _orderedWrite = CheckpointAfterAsync(_orderedWrite, checkpoint);
                return StopOnRefusalAsync(_orderedWrite);
            }

            return StopOnRefusalAsync(_store.CheckpointAsync(checkpoint));
        }
    }

    public Task CheckpointAsync() => CheckpointAsync(Record);

    /// <summary>Stores a new execution as it is before it runs, for one that waits for a place to run; false if the name is taken.</summary>
    internal async Task<bool> StoreAsync()
    {
        RecordStarted();
        try
        {
            await CheckpointAsync();
        }
        catch (OperationCanceledException) when (Stored.IsCompletedSuccessfully)
        {
            // The name was taken: Stored says so.
        }

        return await Stored;
    }

    private async Task InsertAsync(ExecutionCheckpoint checkpoint)
    {
        bool inserted;
        try
        {
            inserted = await _store.TryInsertAsync(checkpoint);
        }
        catch (Exception e)
        {
            await _abandon.CancelAsync();
            _stored.TrySetException(e);
            throw;
        }

        if (!inserted)
        {
            // Abandoned before anyone hears of it, so whoever learns "taken" finds this run already stopping.
            await _abandon.CancelAsync();
            _stored.TrySetResult(false);
            throw new OperationCanceledException("The execution's name is taken in storage.", AbandonToken);
        }

        _stored.TrySetResult(true);
    }

    /// <summary>
    /// A later checkpoint the store refuses abandons the run: going on would make its history skip the refused events,
    /// and its effects would outrun what is stored. A refused first write has abandoned it already (InsertAsync).
    /// </summary>
    private async Task StopOnRefusalAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception e) when (!AbandonToken.IsCancellationRequested)
        {
            StoreFailure = e;
            await _abandon.CancelAsync();
            throw;
        }
    }

    /// <summary>A checkpoint made while the ordered write is in flight (Map iterations, Parallel branches) follows it.</summary>
    private async Task CheckpointAfterAsync(Task earlier, ExecutionCheckpoint checkpoint)
    {
        try
        {
            await earlier;
        }
        catch
        {
            checkpoint.History?.Bytes.Return();
            throw;
        }

        await _store.CheckpointAsync(checkpoint);
    }

    public void Dispose()
    {
        _stored.TrySetCanceled();
        _running.Dispose();
        _stop.Dispose();
        _abandon.Dispose();
    }
}
