using CloudFlow.Language.Parsing;
using YamlDotNet.RepresentationModel;

namespace CloudFlow.Language.Tests.Legacy;

// Every legacy conformance case (fdl-legacy.md 10): its flow parses, or is rejected when the case expects createError.
public sealed class LegacyConformanceDefinitionTests
{
    public static TheoryData<string> Cases()
    {
        var directory = Path.Combine(RepositoryRoot(), "..", "shared", "conformance", "cases");
        var files = Directory.GetFiles(directory, "legacy-*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return new TheoryData<string>(files!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flow_parses_unless_the_case_expects_it_rejected(string name)
    {
        var (flow, rejected) = Load(name);

        if (rejected)
        {
            Assert.NotEmpty(Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(flow)).Problems);
        }
        else
        {
            Assert.Equal(Definitions.FlowDialect.LegacyFlow, FlowDefinitionParser.Parse(flow).Dialect);
        }
    }

    private static (string Flow, bool Rejected) Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), "..", "shared", "conformance", "cases", name + ".yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var expect = (YamlMappingNode)root["expect"];
        return (((YamlScalarNode)root["flow"]).Value!, expect.Children.ContainsKey("createError"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CloudFlow.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CloudFlow.sln not found above the test binaries.");
    }
}
