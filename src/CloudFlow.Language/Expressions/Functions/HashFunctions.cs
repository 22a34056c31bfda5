using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>Hash calculation and UUID generation (fdl.md 5.5, D18).</summary>
internal static class HashFunctions
{
    // The documented algorithm names; MD5 and SHA-1 serve checksums here, not security.
    private static readonly FrozenDictionary<string, HashAlgorithmName> Algorithms = new Dictionary<string, HashAlgorithmName>
    {
        ["MD5"] = HashAlgorithmName.MD5,
        ["SHA-1"] = HashAlgorithmName.SHA1,
        ["SHA-256"] = HashAlgorithmName.SHA256,
        ["SHA-512"] = HashAlgorithmName.SHA512,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lowercase hex digest of the UTF-8 text; algorithm names in any letter case.</summary>
    public static JsonNode Hash(FunctionArguments arguments)
    {
        var input = Encoding.UTF8.GetBytes(arguments.String(0));
        var name = arguments.String(1);
        var algorithm = Algorithms.TryGetValue(name, out var known)
            ? known
            : throw arguments.Error($"unknown algorithm \"{name}\" (MD5, SHA-1, SHA-256 or SHA-512)");
        return JsonValue.Create(Convert.ToHexStringLower(CryptographicOperations.HashData(algorithm, input)));
    }

    /// <summary>A version 4 UUID drawn from the scope's random source, so a replay gives the same value.</summary>
    public static JsonNode Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return JsonValue.Create(new Guid(bytes, bigEndian: true).ToString());
    }
}
