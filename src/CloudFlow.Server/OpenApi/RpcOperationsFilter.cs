using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CloudFlow.Server.OpenApi;

/// <summary>
/// The RPC endpoint is one route dispatched on Action, so each action is described as its own path
/// <c>/?Action=Name</c>, with its request record's properties as parameters and the error envelope's statuses.
/// </summary>
internal sealed class RpcOperationsFilter : IDocumentFilter
{
    private static readonly (string Status, string Meaning)[] Errors =
    [
        ("400", "InvalidArgument, MissingRequiredParams, ActionNotSupported, APIVersionNotSupported, EntityTooLarge, ExecutionAlreadyExists, ExecutionAlreadyCompleted, TaskAlreadyCompleted"),
        ("403", "InvalidAccessKeyID, SignatureNotMatch, RequestTimeTooSkewed (strict mode)"),
        ("404", "FlowNotExists, ExecutionNotExists, ScheduleNotExists"),
        ("409", "FlowAlreadyExists, ScheduleAlreadyExists"),
        ("415", "UnsupportedMediaType"),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var action in Http.ActionDispatcher.All)
        {
            var operation = new OpenApiOperation { Summary = action.Name, Tags = new HashSet<OpenApiTagReference> { new("RPC") } };
            operation.Parameters = [Parameter("Action", required: true), Parameter("Version", required: true)];
            foreach (var property in action.RequestType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                operation.Parameters.Add(Parameter(property.Name, required: false));
            }

            operation.Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = "The action's JSON answer, with RequestId" } };
            foreach (var (status, meaning) in Errors)
            {
                operation.Responses[status] = new OpenApiResponse { Description = $"Error envelope (RequestId, HostId, Code, Message): {meaning}" };
            }

            var item = new OpenApiPathItem();
            item.AddOperation(HttpMethod.Post, operation);
            swaggerDoc.Paths[$"/?Action={action.Name}"] = item;
        }
    }

    private static OpenApiParameter Parameter(string name, bool required) =>
        new() { Name = name, In = ParameterLocation.Query, Required = required, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
