using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CloudFlow.Language.Definitions;
using CloudFlow.Language.Definitions.Legacy;
using CloudFlow.Language.Expressions.Legacy;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Parsing.Legacy;

/// <summary>A wait step (fdl-legacy.md 3.6): exactly one of a duration or a timestamp, each a constant or a <c>$.key</c> path.</summary>
internal static partial class LegacyWaitParser
{
    public static WaitState Parse(YamlMap map, string name)
    {
        var duration = map.Find("duration");
        var timestamp = map.Find("timestamp");
        if ((duration is null) == (timestamp is null))
        {
            map.Problem("duration", "A wait step needs either 'duration' or 'timestamp', not both.", duration ?? timestamp);
        }

        var state = new WaitState { Name = name };
        LegacyPath? durationPath = null;
        LegacyPath? timestampPath = null;
        if (duration is not null)
        {
            state = state with { Seconds = ReadDuration(map, duration, out durationPath) };
        }

        if (map.String("timestamp") is { } text)
        {
            state = state with { UntilDateTime = ReadTimestamp(map, text, out timestampPath) };
        }

        return state with { Legacy = new LegacyStepData { Wait = (durationPath ?? timestampPath) is null ? null : new LegacyWait(durationPath, timestampPath) } };
    }

    private static int? ReadDuration(YamlMap map, YamlNode node, out LegacyPath? path)
    {
        path = null;
        var value = node is YamlScalarNode scalar ? YamlJson.Scalar(scalar) : null;
        if (value is JsonValue text && text.TryGetValue<string>(out var pathText) && pathText.StartsWith('$'))
        {
            path = LegacyExpressions.ParseInputPath(map, "duration", pathText);
            return null;
        }

        if (value is JsonValue number && number.TryGetValue<long>(out var seconds) && seconds is >= 0 and <= LegacyWait.MaxSeconds)
        {
            return (int)seconds;
        }

        map.Problem("duration", $"'duration' must be a whole number of seconds from 0 to {LegacyWait.MaxSeconds} or a $.key path.", node);
        return null;
    }

    private static DateTimeOffset? ReadTimestamp(YamlMap map, string text, out LegacyPath? path)
    {
        path = null;
        if (text.StartsWith('$'))
        {
            path = LegacyExpressions.ParseInputPath(map, "timestamp", text);
            return null;
        }

        if (Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        map.Problem("timestamp", $"'timestamp' must be an RFC 3339 time such as 2019-05-02T15:04:05Z or a $.key path, not '{text}'.", map.Find("timestamp"));
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
