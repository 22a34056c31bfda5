using System.Globalization;

namespace CloudFlow.Engine.Registry;

/// <summary>Version numbers are stored as integers and travel as decimal strings ("1", "2", …: api.md PublishFlowVersion).</summary>
public static class VersionNumber
{
    public static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>For a text already validated.</summary>
    public static long Parse(string text) => TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a version number.");

    public static bool TryParse(string? text, out long version) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;
}
