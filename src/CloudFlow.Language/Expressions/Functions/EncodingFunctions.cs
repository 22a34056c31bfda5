using System.Text;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>The encoding operations of fdl.md 5.5: standard Base64 over UTF-8 text.</summary>
internal static class EncodingFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JsonNode FromBase64(FunctionArguments arguments)
    {
        try
        {
            return JsonValue.Create(StrictUtf8.GetString(Convert.FromBase64String(arguments.String(0))));
        }
        catch (FormatException)
        {
            throw arguments.Error("the text is not Base64");
        }
        catch (DecoderFallbackException)
        {
            throw arguments.Error("the decoded bytes are not UTF-8 text");
        }
    }

    public static JsonNode ToBase64(FunctionArguments arguments) =>
        JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(arguments.String(0))));
}
