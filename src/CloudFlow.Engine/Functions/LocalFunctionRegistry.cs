using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CloudFlow.Engine.Errors;
using CloudFlow.Engine.Storage;
using Microsoft.Extensions.Configuration;

namespace CloudFlow.Engine.Functions;

/// <summary>
/// The URLs that stand for Function Compute functions (decisions.md, Task integrations): set at run time per account
/// (durable), else <c>CloudFlow:Functions:&lt;key&gt;</c> for every account. Run-time URLs win over configured ones.
/// </summary>
internal sealed class LocalFunctionRegistry
{
    private const string ConfigurationSection = "CloudFlow:Functions";
    private readonly ConcurrentDictionary<(string Account, string Name), string> _runtime = new();
    private readonly Dictionary<string, string> _configured = new(StringComparer.Ordinal);
    private readonly FunctionStore _store;

    public LocalFunctionRegistry(FunctionStore store, IConfiguration configuration)
    {
        _store = store;
        foreach (var (name, url) in configuration.GetSection(ConfigurationSection).AsEnumerable(makePathsRelative: true))
        {
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            _configured[name] = IsHttpUrl(url)
                ? url
                : throw new InvalidOperationException($"{ConfigurationSection}:{name} must be an absolute http or https URL, not '{url}'.");
        }

        foreach (var (account, name, url) in store.LoadAll())
        {
            _runtime[(account, name)] = url;
        }
    }

    public string? FindUrl(string account, string name) =>
        _runtime.TryGetValue((account, name), out var url) ? url : _configured.GetValueOrDefault(name);

    public IReadOnlyList<LocalFunction> List(string account)
    {
        var all = _configured.ToDictionary(f => f.Key, f => new LocalFunction(f.Key, f.Value, "configuration"), StringComparer.Ordinal);
        foreach (var ((owner, name), url) in _runtime)
        {
            if (owner == account)
            {
                all[name] = new LocalFunction(name, url, "runtime");
            }
        }

        return [.. all.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    public LocalFunction? Find(string account, string name) => List(account).FirstOrDefault(f => f.Name == name);

    public async Task SetAsync(string account, string name, string? url)
    {
        if (!IsHttpUrl(url))
        {
            throw CloudFlowException.InvalidArgument("Url must be an absolute http or https URL.");
        }

        await _store.SaveAsync(account, name, url);
        _runtime[(account, name)] = url;
    }

    /// <summary>Removes a run-time URL; a configured one stays (configuration is read-only here).</summary>
    public async Task<bool> DeleteAsync(string account, string name)
    {
        await _store.DeleteAsync(account, name);
        return _runtime.TryRemove((account, name), out _);
    }

    private static bool IsHttpUrl([NotNullWhen(true)] string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
