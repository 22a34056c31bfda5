using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>The <c>source</c> of a mapping entry (fdl-legacy.md 2.5): a constant or a path.</summary>
public abstract class LegacySource
{
    /// <summary>A node shared with nothing, so it can be attached to the result.</summary>
    public abstract JsonNode? Evaluate(LegacyScope scope);
}
