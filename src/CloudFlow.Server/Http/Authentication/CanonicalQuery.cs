using System.Text;

namespace CloudFlow.Server.Http.Authentication;

// The name=value list both algorithms sign: sorted by name (ordinal), values percent-encoded, joined with '&'.
internal static class CanonicalQuery
{
    // v1 encodes names (api.md 1.3 step 4); ACS3 leaves them as they are (api.md 1.4 step 3).
    public static StringBuilder Append(StringBuilder builder, IEnumerable<KeyValuePair<string, string>> parameters, bool encodeNames)
    {
        var first = true;
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
                builder.Append('&');
            first = false;
            if (encodeNames)
                PercentEncoder.Append(builder, name);
            else
                builder.Append(name);
            PercentEncoder.Append(builder.Append('='), value);
        }
        return builder;
    }
}
