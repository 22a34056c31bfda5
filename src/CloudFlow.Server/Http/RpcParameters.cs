namespace CloudFlow.Server.Http;

/// <summary>
/// The request's parameters: query and body merged into one case-sensitive map (api.md 1.1), with the two
/// lists kept as they came for signature checks.
/// </summary>
internal sealed class RpcParameters
{
    private readonly Dictionary<string, string> _merged = new(StringComparer.Ordinal);

    public RpcParameters(IReadOnlyList<KeyValuePair<string, string>> query, IReadOnlyList<KeyValuePair<string, string>> body)
    {
        Query = query;
        Body = body;
        foreach (var (name, value) in query)
        {
            _merged[name] = value;
        }

        foreach (var (name, value) in body)
        {
            _merged[name] = value;
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Body { get; }

    /// <summary>The value, with an empty string counting as absent (api.md 2, Empty vs missing).</summary>
    public string? this[string name] => _merged.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
