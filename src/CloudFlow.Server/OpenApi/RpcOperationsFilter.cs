using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CloudFlow.Server.OpenApi;

/// <summary>
/// The RPC endpoint is one route dispatched on Action, so each action is described as its own path
/// <c>/?Action=Name</c> with its parameters (details: api.md; written by the OpenAPI work of issue 3).
/// </summary>
internal sealed class RpcOperationsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var action in Http.ActionDispatcher.All)
        {
            var operation = new OpenApiOperation
            {
                Summary = action.Name,
                Parameters =
                [
                    new OpenApiParameter { Name = "Action", In = ParameterLocation.Query, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    new OpenApiParameter { Name = "Version", In = ParameterLocation.Query, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ],
            };
            var item = new OpenApiPathItem();
            item.AddOperation(HttpMethod.Post, operation);
            swaggerDoc.Paths[$"/?Action={action.Name}"] = item;
        }
    }
}
