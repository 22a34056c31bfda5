using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record UpdateFlowRequest(string? Name, string? Definition, string? Description, string? Type, string? RoleArn, string? Environment)
{
    public static UpdateFlowRequest Bind(RpcParameters p) =>
        new(p["Name"], p["Definition"], p["Description"], p["Type"], p["RoleArn"], p["Environment"]);
}

internal sealed class UpdateFlowValidator : AbstractValidator<UpdateFlowRequest>
{
    public UpdateFlowValidator()
    {
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
        RuleFor(r => r.Type).OneOf("Type", "FDL");
        RuleFor(r => r.Environment).FlowEnvironment();
    }
}

/// <summary>api.md UpdateFlow: parameters not given keep their values; running executions keep their snapshot.</summary>
internal static class UpdateFlowHandler
{
    public static IRpcAction Action { get; } = new RpcAction<UpdateFlowRequest, FlowResponse>(
        "UpdateFlow", UpdateFlowRequest.Bind, new UpdateFlowValidator(), HandleAsync, CloudFlowJsonContext.Wire.FlowResponse);

    private static async Task<FlowResponse> HandleAsync(UpdateFlowRequest r, RpcContext context)
    {
        var flows = context.Http.RequestServices.GetRequiredService<FlowRegistry>();
        var flow = await flows.UpdateAsync(context.Account, new FlowCommand(r.Name!)
        {
            Definition = r.Definition,
            Description = r.Description,
            Type = r.Type,
            RoleArn = r.RoleArn,
            Environment = r.Environment,
        });
        return FlowResponse.From(flow);
    }
}
