using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The "common operations" of fdl.md 5.5: format, length, regexMatchString, split, get, intAdd, randomInt.</summary>
internal static class CommonFunctions
{
    private const string Placeholder = "{}";

    /// <summary>Each {} takes the next argument; missing arguments leave {}, extra ones are ignored (D25).</summary>
    public static JsonNode Format(FunctionArguments arguments)
    {
        var template = arguments.String(0);
        var text = new StringBuilder(template.Length);
        var start = 0;
        for (var next = 1; next < arguments.Count; next++)
        {
            var at = template.IndexOf(Placeholder, start, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            text.Append(template, start, at - start).Append(FormatArgument(arguments[next]));
            start = at + Placeholder.Length;
        }
        return JsonValue.Create(text.Append(template, start, template.Length - start).ToString());
    }

    /// <summary>Strings verbatim, numbers as their shortest JSON text, anything else as compact JSON (fdl.md 5.5, D25).</summary>
    private static string FormatArgument(JsonNode? value)
    {
        if (JsonTypes.TryGetString(value, out var text))
        {
            return text;
        }
        return Number.TryRead(value, out var number) ? number.ToString() : CompactJson.Write(value);
    }

    /// <summary>Elements of an array, keys of an object, or characters (Unicode code points) of a string.</summary>
    public static JsonNode Length(FunctionArguments arguments) => arguments[0] switch
    {
        JsonArray array => JsonValue.Create(array.Count),
        JsonObject obj => JsonValue.Create(obj.Count),
        var value when JsonTypes.TryGetString(value, out var text) => JsonValue.Create(CountCodePoints(text)),
        _ => throw arguments.Mismatch(0, "an array, an object or a string"),
    };

    /// <summary>
    /// True if the string contains a match of the pattern. CloudFlow's patterns are RE2; the non-backtracking engine
    /// shares RE2's linear time and rejects the same backtracking-only constructs (backreferences, lookarounds).
    /// </summary>
    public static JsonNode RegexMatchString(FunctionArguments arguments)
    {
        var (pattern, input) = (arguments.String(0), arguments.String(1));
        try
        {
            return JsonValue.Create(Regex.IsMatch(input, pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw arguments.Error($"invalid pattern: {e.Message}");
        }
    }

    /// <summary>Splits at every separator; an empty separator splits into characters, as Go's strings.Split does.</summary>
    public static JsonNode Split(FunctionArguments arguments)
    {
        var (text, separator) = (arguments.String(0), arguments.String(1));
        var parts = new JsonArray();
        if (separator.Length > 0)
        {
            foreach (var part in text.Split(separator))
            {
                parts.Add(part);
            }
            return parts;
        }
        foreach (var character in text.EnumerateRunes())
        {
            parts.Add(character.ToString());
        }
        return parts;
    }

    /// <summary>get(container, key) reads like container[key]: a missing element or member is null (fdl.md 5.4).</summary>
    public static JsonNode? Get(FunctionArguments arguments) =>
        JsonPaths.TryIndex(arguments[0], arguments[1], out var value) ? value?.DeepClone() : throw arguments.Mismatch(1, "an integer or a string");

    public static JsonNode IntAdd(FunctionArguments arguments)
    {
        var sum = (Int128)arguments.Integer(0) + arguments.Integer(1);
        return sum >= long.MinValue && sum <= long.MaxValue
            ? JsonValue.Create((long)sum)
            : throw arguments.Error("the sum does not fit in a 64-bit integer");
    }

    /// <summary>A random integer in [min, max), like Go's rand.Intn(max-min)+min (fdl.md 5.5).</summary>
    public static JsonNode RandomInt(FunctionArguments arguments, Random random)
    {
        var (min, max) = (arguments.Integer(0), arguments.Integer(1));
        return max > min ? JsonValue.Create(random.NextInt64(min, max)) : throw arguments.Error($"max ({max}) must be greater than min ({min})");
    }

    private static int CountCodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
