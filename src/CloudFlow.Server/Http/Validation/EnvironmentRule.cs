using System.Text.Json;
using System.Text.Json.Nodes;
using CloudFlow.Engine.Errors;
using CloudFlow.Language.Expressions.Values;
using FluentValidation;

namespace CloudFlow.Server.Http.Validation;

internal static class EnvironmentRule
{
    /// <summary>Environment is JSON text {"Variables": [...]} (api.md CreateFlow).</summary>
    public static IRuleBuilderOptions<T, string?> FlowEnvironment<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsEnvironment(value)).WithErrorCode(ErrorCodes.InvalidArgument)
            .WithMessage("Parameter error. Environment must be a JSON object like {\"Variables\":[{\"Name\":\"k\",\"Value\":\"v\"}]}.");

    private static bool IsEnvironment(string text)
    {
        try
        {
            return StrictJson.Parse(text) is JsonObject environment && environment["Variables"] is null or JsonArray;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
