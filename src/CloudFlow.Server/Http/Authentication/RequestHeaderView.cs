using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Server.Http.Authentication;

/// <summary>
/// A request's headers as authentication reads them, without copying them: Kestrel's dictionary already looks names up
/// case-insensitively, and a value read is its values joined by commas, as <see cref="Microsoft.Extensions.Primitives.StringValues"/> prints them.
/// </summary>
internal sealed class RequestHeaderView(IHeaderDictionary headers) : IReadOnlyDictionary<string, string>
{
    public int Count => headers.Count;

    public IEnumerable<string> Keys => headers.Keys;

    public IEnumerable<string> Values => headers.Values.Select(value => value.ToString());

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => headers.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = headers.TryGetValue(key, out var values) ? values.ToString() : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        headers.Select(header => KeyValuePair.Create(header.Key, header.Value.ToString())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
