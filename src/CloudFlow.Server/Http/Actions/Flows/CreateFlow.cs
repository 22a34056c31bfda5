using CloudFlow.Engine.Registry;
using CloudFlow.Server.Http.Json;
using CloudFlow.Server.Http.Validation;
using FluentValidation;

namespace CloudFlow.Server.Http.Actions.Flows;

internal sealed record CreateFlowRequest(
    string? Name, string? Definition, string? Description, string? Type, string? RoleArn, string? ExecutionMode,
    string? ExternalStorageLocation, string? Environment, string? ResourceGroupId)
{
    public static CreateFlowRequest Bind(RpcParameters p) => new(
        p["Name"], p["Definition"], p["Description"], p["Type"], p["RoleArn"], p["ExecutionMode"],
        p["ExternalStorageLocation"], p["Environment"], p["ResourceGroupId"]);
}

internal sealed class CreateFlowValidator : AbstractValidator<CreateFlowRequest>
{
    public CreateFlowValidator()
    {
        RuleFor(r => r.Name).Required("Name").ValidName("Name");
        RuleFor(r => r.Definition).Required("Definition");
        RuleFor(r => r.Type).Required("Type").OneOf("Type", "FDL");
        RuleFor(r => r.ExecutionMode).OneOf("ExecutionMode", ExecutionModes.Standard, ExecutionModes.Express);
        RuleFor(r => r.Environment).FlowEnvironment();
    }
}

/// <summary>api.md CreateFlow. Description is required by the SDKs but may be empty, so it is not checked here.</summary>
internal static class CreateFlowHandler
{
    public static IRpcAction Action { get; } = new RpcAction<CreateFlowRequest, FlowResponse>(
        "CreateFlow", CreateFlowRequest.Bind, new CreateFlowValidator(), HandleAsync, CloudFlowJsonContext.Wire.FlowResponse);

    private static async Task<FlowResponse> HandleAsync(CreateFlowRequest r, RpcContext context)
    {
        var flows = context.Http.RequestServices.GetRequiredService<FlowRegistry>();
        var flow = await flows.CreateAsync(context.Account, new FlowCommand(r.Name!)
        {
            Definition = r.Definition,
            Description = r.Description,
            Type = r.Type,
            RoleArn = r.RoleArn,
            ExecutionMode = r.ExecutionMode,
            ExternalStorageLocation = r.ExternalStorageLocation,
            Environment = r.Environment,
            ResourceGroupId = r.ResourceGroupId,
        });
        return FlowResponse.From(flow);
    }
}
