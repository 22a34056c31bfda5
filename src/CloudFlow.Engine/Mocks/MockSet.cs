using System.Globalization;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;

namespace CloudFlow.Engine.Mocks;

/// <summary>
/// Results by state name: either flow mocks (each invocation takes the next entry, the last repeats) or one
/// scenario (entries cover invocation ranges). Shapes from conformance/README.md and decisions.md.
/// </summary>
public sealed class MockSet
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<MockEntry>> _states;

    private MockSet(JsonObject source, IReadOnlyDictionary<string, IReadOnlyList<MockEntry>> states, bool isScenario)
    {
        Source = source;
        _states = states;
        IsScenario = isScenario;
    }

    /// <summary>The body as given, for GET.</summary>
    public JsonObject Source { get; }

    public bool IsScenario { get; }

    public bool HasState(string state) => _states.ContainsKey(state);

    /// <summary>The entry for an invocation, or null when a scenario has no range covering it.</summary>
    public MockEntry? For(string state, int invocation)
    {
        var entries = _states[state];
        if (!IsScenario)
        {
            return entries[Math.Min(invocation, entries.Count) - 1];
        }

        foreach (var entry in entries)
        {
            if (entry.Covers(invocation))
            {
                return entry;
            }
        }

        return null;
    }

    public static MockSet Parse(JsonObject body, bool isScenario)
    {
        var states = new Dictionary<string, IReadOnlyList<MockEntry>>(StringComparer.Ordinal);
        foreach (var (state, value) in body)
        {
            if (value is not JsonArray { Count: > 0 } list)
            {
                throw CloudFlowException.InvalidArgument($"The mocks of state '{state}' must be a non-empty list.");
            }

            var entries = list.Select(item => ParseEntry(state, item, isScenario)).ToList();
            if (isScenario)
            {
                CheckNoOverlap(state, entries);
            }

            states[state] = entries;
        }

        return new MockSet((JsonObject)body.DeepClone(), states, isScenario);
    }

    private static MockEntry ParseEntry(string state, JsonNode? item, bool isScenario)
    {
        if (item is not JsonObject entry)
        {
            throw CloudFlowException.InvalidArgument($"Each mock of state '{state}' must be an object with 'output' or 'error'.");
        }

        var hasOutput = entry.TryGetPropertyValue("output", out var output);
        var error = entry["error"] is JsonValue e && e.TryGetValue<string>(out var name) ? name : null;
        if (hasOutput == (error is not null))
        {
            throw CloudFlowException.InvalidArgument($"Each mock of state '{state}' needs exactly one of 'output' and 'error'.");
        }

        var cause = entry["cause"] is JsonValue c && c.TryGetValue<string>(out var text) ? text : "";
        var (first, last) = isScenario ? ParseRange(state, entry["invocations"]) : (1, (int?)null);
        return new MockEntry { Output = output?.DeepClone(), Error = error, Cause = cause, FirstInvocation = first, LastInvocation = last };
    }

    private static (int First, int? Last) ParseRange(string state, JsonNode? node)
    {
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
        var parts = text?.Split('-') ?? [];
        if (parts.Length is 1 or 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var first) && first >= 1)
        {
            if (parts.Length == 1)
            {
                return (first, first);
            }

            if (parts[1].Length == 0)
            {
                return (first, null);
            }

            if (int.TryParse(parts[1], CultureInfo.InvariantCulture, out var last) && last >= first)
            {
                return (first, last);
            }
        }

        throw CloudFlowException.InvalidArgument($"State '{state}': 'invocations' must be \"N\", \"N-M\" or \"N-\" (1-based), not {text ?? "missing"}.");
    }

    private static void CheckNoOverlap(string state, List<MockEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.FirstInvocation).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].LastInvocation is not { } last || last >= ordered[i].FirstInvocation)
            {
                throw CloudFlowException.InvalidArgument($"State '{state}': invocation ranges overlap.");
            }
        }
    }
}
