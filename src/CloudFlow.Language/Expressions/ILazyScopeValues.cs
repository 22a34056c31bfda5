using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions;

/// <summary>Builds the scope values that cost more than most expressions, on their first read only.</summary>
public interface ILazyScopeValues
{
    /// <summary>$Context; building it copies the inputs, and few expressions read it.</summary>
    JsonNode? BuildContext();

    /// <summary>The source of uuid() and randomInt(); seeding one fills a 56-number table.</summary>
    Random CreateRandom();
}
