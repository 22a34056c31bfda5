using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>Stack storage for the argument values of one call.</summary>
[InlineArray(Capacity)]
internal struct ArgumentBuffer
{
    public const int Capacity = 8;

    private JsonNode? _element;
}
