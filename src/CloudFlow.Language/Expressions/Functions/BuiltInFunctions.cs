using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CloudFlow.Language.Expressions.Functions;

/// <summary>Every built-in function of fdl.md 5.5 by its case-sensitive name, with its arity.</summary>
internal static class BuiltInFunctions
{
    private static readonly FrozenDictionary<string, BuiltInFunction> ByName = new BuiltInFunction[]
    {
        new("format", 1, variadic: true, (a, _) => CommonFunctions.Format(a)),
        new("length", 1, variadic: false, (a, _) => CommonFunctions.Length(a)),
        new("regexMatchString", 2, variadic: false, (a, _) => CommonFunctions.RegexMatchString(a)),
        new("split", 2, variadic: false, (a, _) => CommonFunctions.Split(a)),
        new("get", 2, variadic: false, (a, _) => CommonFunctions.Get(a)),
        new("intAdd", 2, variadic: false, (a, _) => CommonFunctions.IntAdd(a)),
        new("randomInt", 2, variadic: false, (a, scope) => CommonFunctions.RandomInt(a, scope.Random)),
        new("arrayContains", 2, variadic: false, (a, _) => ArrayFunctions.ArrayContains(a)),
        new("arrayUnique", 1, variadic: false, (a, _) => ArrayFunctions.ArrayUnique(a)),
        new("toArray", 0, variadic: true, (a, _) => ArrayFunctions.ToArray(a)),
        new("mapKeys", 1, variadic: false, (a, _) => MapFunctions.MapKeys(a)),
        new("mapValues", 1, variadic: false, (a, _) => MapFunctions.MapValues(a)),
        new("jsonMerge", 2, variadic: false, (a, _) => MapFunctions.JsonMerge(a)),
        new("stringToJson", 1, variadic: false, (a, _) => JsonFunctions.StringToJson(a)),
        new("fromJSON", 1, variadic: false, (a, _) => JsonFunctions.StringToJson(a)),
        new("jsonToString", 1, variadic: false, (a, _) => JsonFunctions.JsonToString(a)),
        new("toJSON", 1, variadic: false, (a, _) => JsonFunctions.JsonToString(a)),
        new("fromBase64", 1, variadic: false, (a, _) => EncodingFunctions.FromBase64(a)),
        new("toBase64", 1, variadic: false, (a, _) => EncodingFunctions.ToBase64(a)),
        new("hash", 2, variadic: false, (a, _) => HashFunctions.Hash(a)),
        new("uuid", 0, variadic: false, (_, scope) => HashFunctions.Uuid(scope.Random)),
    }.ToFrozenDictionary(function => function.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, [NotNullWhen(true)] out BuiltInFunction? function) => ByName.TryGetValue(name, out function);
}
