using System.Text.Json;
using CloudFlow.Language.Expressions.Values;

namespace CloudFlow.Language.Tests.Values;

public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""")]
    [InlineData("""{"\udc00":1}""")]
    [InlineData("""["x\ud83d"]""")]
    public void Parse_InvalidUnicodeEscape_IsAJsonException(string text) =>
        Assert.Contains("not valid Unicode", Assert.Throws<JsonException>(() => StrictJson.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_TextHoldingALoneSurrogate_IsAJsonException() =>
        Assert.ThrowsAny<JsonException>(() => StrictJson.Parse("{\"a\":\"raw " + (char)0xD800 + "\"}"));

    [Fact]
    public void Parse_DeeperThan64Levels_IsAJsonException() =>
        Assert.ThrowsAny<JsonException>(() => StrictJson.Parse(new string('[', 65) + new string(']', 65)));

    [Theory]
    [InlineData("""{"a":"\u00e9\ud83d\ude00"}""", "é😀")]
    [InlineData("""{"a":"plain"}""", "plain")]
    public void Parse_ValidText_KeepsItsStrings(string text, string value) =>
        Assert.Equal(value, (string?)StrictJson.Parse(text)!["a"]);
}
