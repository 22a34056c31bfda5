using System.Diagnostics;
using System.Text;
using CloudFlow.Language.Parsing;

namespace CloudFlow.Language.Tests.Parsing;

// Issue 6, hostile input: every one of these must be a definition problem, quickly, never a crash or a hang.
public sealed class HostileYamlTests
{
    private const string Head = "Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Pass\n    Name: P\n    End: true\n";

    public static TheoryData<string, string> Hostile() => new()
    {
        { new string('[', 400_000) + new string(']', 400_000), "nests deeper than 128 levels" },
        { string.Concat(Enumerable.Repeat("{a: ", 200_000)) + "1" + new string('}', 200_000), "nests deeper than 128 levels" },
        { Head + "    OutputConstructor:\n      x: *j\n" + Bomb(), "more than 100000 nodes" },
        { Bomb() + "? *j\n: 1\n" + Head, "keys must be plain scalars" },
        { "? [a, b]\n: 1\n" + Head, "keys must be plain scalars" },
        { Head + "    OutputConstructor:\n      x: " + new string('[', 70) + new string(']', 70) + "\n", "nests deeper than 64 levels" },
        { Head + "    OutputConstructor:\n      x: *d\n" + DeepAliasChain(), "once its aliases are expanded" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileDocument_IsADefinitionProblem(string text, string message)
    {
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<FlowDefinitionException>(() => FlowDefinitionParser.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_AliasesWithinBounds_AreExpanded()
    {
        var definition = FlowDefinitionParser.Parse("shared: &s {a: 1, b: [1, 2]}\n" + Head + "    OutputConstructor:\n      x: *s\n      y: *s\n");
        Assert.NotNull(definition.Root["P"]);
    }

    [Fact]
    public void Parse_ParallelsNestedTwentyDeep_IsAccepted()
    {
        var text = new StringBuilder("Type: StateMachine\nSpecVersion: v1\nStartAt: P0\nStates:\n");
        for (var level = 0; level < 20; level++)
        {
            var indent = new string(' ', level * 8);
            text.Append(indent).Append("  - Type: Parallel\n").Append(indent).Append($"    Name: P{level}\n")
                .Append(indent).Append("    End: true\n").Append(indent).Append("    Branches:\n")
                .Append(indent).Append($"      - StartAt: {(level == 19 ? "Leaf" : $"P{level + 1}")}\n").Append(indent).Append("        States:\n");
        }

        text.Append(new string(' ', 20 * 8)).Append("  - Type: Pass\n").Append(new string(' ', 20 * 8)).Append("    Name: Leaf\n")
            .Append(new string(' ', 20 * 8)).Append("    End: true\n");
        Assert.NotNull(FlowDefinitionParser.Parse(text.ToString()).Root["P0"]);
    }

    [Fact]
    public void ToJson_MockFileAnchorBomb_IsRefused() =>
        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlDocuments.ToJson(Bomb() + "flows: *j\n"));

    /// <summary>Ten anchors, each a list of ten aliases of the previous: 10^10 nodes once expanded.</summary>
    private static string Bomb()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            text.Append(c).Append(": &").Append(c).Append(" [").AppendJoin(", ", Enumerable.Repeat($"*{(char)(c - 1)}", 10)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>Each anchor nests the previous one 40 levels down: 160 levels once expanded, from a shallow text.</summary>
    private static string DeepAliasChain()
    {
        var text = new StringBuilder();
        var previous = "0";
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            text.Append(name).Append(": &").Append(name).Append(' ').Append(new string('[', 40)).Append(previous).Append(new string(']', 40)).Append('\n');
            previous = "*" + name;
        }

        return text.ToString();
    }
}
