using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>The variables an expression can read (fdl.md 4.2 table). Values are never mutated by evaluation.</summary>
public sealed class ExpressionScope
{
    private readonly ILazyScopeValues? _lazy;
    private JsonNode? _context;
    private Random? _random;

    public JsonNode? Input { get; init; }
    public JsonNode? Output { get; init; }
    public JsonNode? Global { get; init; }
    public JsonNode? Item { get; init; }

    public JsonNode? Context
    {
        get => _context ??= _lazy?.BuildContext();
        init => _context = value;
    }

    /// <summary>Source of randomness for uuid() and randomInt(); seeded per state visit so a replay gives the same values.</summary>
    public Random Random
    {
        get => _random ??= _lazy?.CreateRandom() ?? Random.Shared;
        init => _random = value;
    }

    /// <summary>Supplies <see cref="Context"/> and <see cref="Random"/> when they are not given and an expression reads them.</summary>
    public ILazyScopeValues? Lazy
    {
        init => _lazy = value;
    }
}
