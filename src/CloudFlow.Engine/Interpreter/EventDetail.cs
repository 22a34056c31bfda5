using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Engine.Interpreter;

/// <summary>
/// An event's detail (api.md Q2 shapes: lower-case keys, JSON values). It holds references: values are never mutated
/// after they are recorded, so the events of a step can share one node and the history serializes it once.
/// </summary>
public readonly record struct EventDetail(string? DataKey, JsonNode? Data, string? Error, string? Cause, int RetryCount = 0)
{
    public static EventDetail Input(JsonNode? input, int retryCount = 0) => new("input", input, null, null, retryCount);

    public static EventDetail Output(JsonNode? output, int retryCount = 0) => new("output", output, null, null, retryCount);

    public static EventDetail Local(JsonNode? local) => new("local", local, null, null);

    /// <summary>A legacy StepEntered: the step's parent input and the parent's $local (api.md Q2).</summary>
    public static EventDetail InputAndLocal(JsonNode? input, JsonNode local) => Input(input) with { ParentLocal = local };

    public JsonNode? ParentLocal { get; init; }

    /// <summary>A callback Task's token, on its TaskSubmitted event, so a caller can find it in the history.</summary>
    public string? TaskToken { get; init; }

    public static EventDetail Failure(string error, string cause, int retryCount = 0) => new(null, null, error, cause, retryCount);

    /// <summary>
    /// The generated equality, without its virtual call per node (nodes do not override Equals: they compare by
    /// reference either way): the history writer compares details several times per step.
    /// </summary>
    public bool Equals(EventDetail other) =>
        ReferenceEquals(Data, other.Data) && RetryCount == other.RetryCount && string.Equals(DataKey, other.DataKey)
        && string.Equals(Error, other.Error) && string.Equals(Cause, other.Cause) && ReferenceEquals(ParentLocal, other.ParentLocal)
        && string.Equals(TaskToken, other.TaskToken);

    public override int GetHashCode() => HashCode.Combine(DataKey, Data, Error, Cause, RetryCount, ParentLocal, TaskToken);

    /// <summary>The detail as the API shows it; <paramref name="writer"/> must use <see cref="JsonText.WriterOptions"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => WriteTo(writer, default);

    /// <summary>
    /// Writes the detail, with <paramref name="encodedData"/> as its data when given (the data's JSON as written before),
    /// and returns where the data's JSON is among the bytes written since the writer was reset.
    /// </summary>
    internal Range WriteTo(Utf8JsonWriter writer, ReadOnlySpan<byte> encodedData)
    {
        var data = default(Range);
        writer.WriteStartObject();
        if (DataKey is not null)
        {
            writer.WritePropertyName(DataKey);
            var start = Written(writer);
            if (!encodedData.IsEmpty)
            {
                writer.WriteRawValue(encodedData, skipInputValidation: true);
            }
            else if (Data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                Data.WriteTo(writer);
            }

            data = start..Written(writer);
        }

        if (ParentLocal is not null)
        {
            writer.WritePropertyName("local");
            ParentLocal.WriteTo(writer);
        }

        if (Error is not null)
        {
            writer.WriteString("error", Error);
            writer.WriteString("cause", Cause ?? "");
        }

        if (TaskToken is not null)
        {
            writer.WriteString("taskToken", TaskToken);
        }

        if (RetryCount > 0)
        {
            writer.WriteNumber("retryCount", RetryCount);
        }

        writer.WriteEndObject();
        return data;
    }

    private static int Written(Utf8JsonWriter writer) => (int)(writer.BytesCommitted + writer.BytesPending);
}
