using System.Globalization;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>Splits a condition (fdl-legacy.md 4) into paths, literals, operators and parentheses.</summary>
internal sealed class LegacyConditionLexer(string text)
{
    private static readonly string[] Symbols = ["==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "(", ")"];

    private int _position;

    public LegacyToken Next()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }

        var start = _position;
        if (_position == text.Length)
        {
            return new LegacyToken(LegacyTokenKind.End, "", start);
        }

        var c = text[_position];
        if (c == '$')
        {
            if (_position + 1 < text.Length && char.IsAsciiLetter(text[_position + 1]))
            {
                throw LegacyPathParser.Error("a condition reads the step input with '$.' paths (for example $.status)", start);
            }

            var path = LegacyPathParser.ScanInputPath(text, ref _position);
            return Operand(start, new LegacyPathNode(path));
        }

        if (c is '"' or '\'')
        {
            var value = LegacyStringLiteral.Read(text, ref _position);
            return Operand(start, new LegacyLiteralNode(JsonValue.Create(value)));
        }

        if (char.IsAsciiDigit(c) || (c == '-' && _position + 1 < text.Length && char.IsAsciiDigit(text[_position + 1])))
        {
            return Operand(start, new LegacyLiteralNode(ReadNumber()));
        }

        if (char.IsAsciiLetter(c))
        {
            return Operand(start, new LegacyLiteralNode(ReadWord(start)));
        }

        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(text, _position, symbol, 0, symbol.Length) == 0)
            {
                _position += symbol.Length;
                return new LegacyToken(LegacyTokenKind.Symbol, symbol, start);
            }
        }

        throw LegacyPathParser.Error(c == '=' ? "'=' assigns nothing here: compare with '=='" : $"unexpected '{c}'", start);
    }

    private LegacyToken Operand(int start, LegacyConditionNode node) => new(LegacyTokenKind.Operand, text[start.._position], start, node);

    private JsonValue ReadNumber()
    {
        var start = _position;
        _position++;
        while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] is '.' or 'e' or 'E'
            || (text[_position] is '+' or '-' && text[_position - 1] is 'e' or 'E')))
        {
            _position++;
        }

        var number = text[start.._position];
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
            ? JsonValue.Create(real)
            : throw LegacyPathParser.Error($"'{number}' is not a number", start);
    }

    private JsonValue? ReadWord(int start)
    {
        while (_position < text.Length && char.IsAsciiLetterOrDigit(text[_position]))
        {
            _position++;
        }

        return text[start.._position] switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            var word => throw LegacyPathParser.Error($"unknown word '{word}': strings need quotes", start),
        };
    }
}
