using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>The variables an expression can read (fdl.md 4.2 table). Values are never mutated by evaluation.</summary>
public sealed class ExpressionScope
{
    private readonly Func<JsonNode?>? _buildContext;
    private readonly Func<Random>? _createRandom;
    private JsonNode? _context;
    private Random? _random;

    public JsonNode? Input { get; init; }
    public JsonNode? Output { get; init; }
    public JsonNode? Global { get; init; }
    public JsonNode? Item { get; init; }

    public JsonNode? Context
    {
        get => _context ??= _buildContext?.Invoke();
        init => _context = value;
    }

    /// <summary>Builds <see cref="Context"/> on its first read: few expressions read it, and building it copies inputs.</summary>
    public Func<JsonNode?> ContextFactory
    {
        init => _buildContext = value;
    }

    /// <summary>Source of randomness for uuid() and randomInt(); seeded per state visit so a replay gives the same values.</summary>
    public Random Random
    {
        get => _random ??= _createRandom?.Invoke() ?? Random.Shared;
        init => _random = value;
    }

    /// <summary>Creates <see cref="Random"/> on its first use: seeding one costs more than most expressions.</summary>
    public Func<Random> RandomFactory
    {
        init => _createRandom = value;
    }
}
