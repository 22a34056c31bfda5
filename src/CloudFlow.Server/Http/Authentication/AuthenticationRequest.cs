namespace CloudFlow.Server.Http.Authentication;

/// <summary>What authentication reads from an RPC request. Parameters are URL-decoded; <paramref name="Now"/> is real UTC time
/// (decisions.md: signature checks never use the emulated clock).</summary>
internal sealed record AuthenticationRequest(
    string Method,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Body,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> RawBody,
    DateTimeOffset Now)
{
    public IReadOnlyDictionary<string, string> Headers { get; init => field = CaseInsensitive(value); } = CaseInsensitive(Headers);

    /// <summary>A parameter from the query or, failing that, the form body (api.md 1.1 merges both).</summary>
    public string? Parameter(string name) => Find(Query, name) ?? Find(Body, name);

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, string> CaseInsensitive(IReadOnlyDictionary<string, string> headers) =>
        headers is RequestHeaderView ? headers : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);

    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> parameters, string name)
    {
        foreach (var (key, value) in parameters)
        {
            if (key == name)
                return value;
        }
        return null;
    }
}
