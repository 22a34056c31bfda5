namespace CloudFlow.Engine.Mocks;

/// <summary>
/// Where one execution's Task results come from before any real call: its scenario, then the flow's mocks
/// (decisions.md: scenario, else flow mocks, else the real integration). Read live, so mocks set later apply.
/// </summary>
internal sealed class TaskResultSource(MockRegistry registry, string account, string flow, string? scenario)
{
    public string? Scenario { get; } = scenario;

    /// <summary>The mocked result, or null when the state has no mock and the integration must run.</summary>
    public MockEntry? Find(string state, int invocation, out string? uncoveredMessage)
    {
        uncoveredMessage = null;
        if (Scenario is not null && registry.FindScenario(account, flow, Scenario) is { } set && set.HasState(state))
        {
            var entry = set.For(state, invocation);
            if (entry is null)
            {
                uncoveredMessage = $"Scenario '{Scenario}' of flow '{flow}' has no result for state '{state}' at invocation {invocation}.";
            }

            return entry;
        }

        return registry.FindMocks(account, flow) is { } mocks && mocks.HasState(state) ? mocks.For(state, invocation) : null;
    }
}
