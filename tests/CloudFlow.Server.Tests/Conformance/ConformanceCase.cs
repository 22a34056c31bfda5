using System.Text.Json.Nodes;
using CloudFlow.Language.Parsing;
using CloudFlow.Server.Tests.Fixtures;

namespace CloudFlow.Server.Tests.Conformance;

/// <summary>One file of ../shared/conformance/cases (format: conformance/README.md).</summary>
public sealed record ConformanceCase(string Name, string Flow, JsonNode? Input, JsonObject? Mocks, JsonObject Expect)
{
    public static string Folder => Path.Combine(SharedFolder.Path, "conformance", "cases");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ConformanceCase Load(string name) => Parse(name, File.ReadAllText(Path.Combine(Folder, name + ".yaml")));

    /// <summary>A case in the corpus format, from a file or written in a test.</summary>
    public static ConformanceCase Parse(string name, string yaml)
    {
        var document = YamlDocuments.ToJson(yaml) as JsonObject
            ?? throw new InvalidDataException($"Case {name} is not a mapping.");
        return new ConformanceCase(
            name,
            document["flow"]!.GetValue<string>(),
            document["input"],
            document["mocks"] as JsonObject,
            (JsonObject)document["expect"]!);
    }
}
