using CloudFlow.Engine.Errors;
using FluentValidation;

namespace CloudFlow.Server.Http.Validation;

internal static class RequestValidation
{
    /// <summary>The first broken rule, as the error its rule documents.</summary>
    public static void EnsureValid<TRequest>(this IValidator<TRequest> validator, TRequest request)
    {
        var validation = validator.Validate(request);
        if (!validation.IsValid)
        {
            var failure = validation.Errors[0];
            throw new CloudFlowException(failure.ErrorCode, failure.ErrorMessage);
        }
    }
}
