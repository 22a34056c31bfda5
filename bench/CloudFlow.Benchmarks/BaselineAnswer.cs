using System.Text.Json.Serialization;

namespace CloudFlow.Benchmarks;

internal sealed record BaselineAnswer(string RequestId, string Status);

[JsonSerializable(typeof(BaselineAnswer))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
