using System.Security.Cryptography;
using System.Text;

namespace CloudFlow.Engine.Registry;

/// <summary>
/// A flow definition's text with its content address, the SHA-256 of its UTF-8 in lowercase hex. The hash is taken
/// once, when a flow or version is given the text, and travels with it: the store keeps each text once under it,
/// and StartExecution hashes nothing.
/// </summary>
public sealed record DefinitionText
{
    internal DefinitionText(string text, string hash)
    {
        Text = text;
        Hash = hash;
    }

    public string Text { get; }

    public string Hash { get; }

    public static DefinitionText Of(string text) => new(text, HashOf(text));

    internal static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
