using System.Text.Json.Nodes;

namespace CloudFlow.Language.Parsing;

/// <summary>A YAML (or JSON) text as JSON, with the same core-schema rules as definitions: for mock files and tests.</summary>
public static class YamlDocuments
{
    public static JsonNode? ToJson(string text)
    {
        var stream = YamlLoader.Load(text);
        return stream.Documents.Count == 0 ? null : YamlJson.ToJson(stream.Documents[0].RootNode);
    }
}
