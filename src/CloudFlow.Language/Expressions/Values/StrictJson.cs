using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// Parses JSON text that came from outside (a request, a mock, stringToJson): at most 64 levels, and every string valid
/// UTF-16. System.Text.Json unescapes strings lazily, so a lone surrogate escape such as "\ud800" would otherwise
/// fail only when the value is written: in a response (a 500 on every later read) or in the history (an execution
/// that can never store its end).
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>Throws <see cref="JsonException"/> for text that is not JSON, too deep, or not valid Unicode.</summary>
    public static JsonNode? Parse(string text)
    {
        try
        {
            var node = JsonNode.Parse(text, documentOptions: Options);
            if (text.Contains("\\u", StringComparison.Ordinal))
            {
                // Only an escape can hide an invalid surrogate; writing unescapes every string, which is where it shows.
                _ = CompactJson.Write(node);
            }

            return node;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // ArgumentException: the text itself holds a lone surrogate (possible for a string built by an expression).
            throw new JsonException($"The text has a string that is not valid Unicode: {e.Message}", e);
        }
    }
}
