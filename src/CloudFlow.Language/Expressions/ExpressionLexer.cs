using System.Globalization;
using System.Text;

namespace CloudFlow.Language.Expressions;

/// <summary>Splits an expression into tokens (fdl.md 5.2); strings come out decoded.</summary>
internal sealed class ExpressionLexer(string text)
{
    private static readonly string[] TwoCharacterSymbols = ["&&", "||", "==", "!=", "<=", ">="];
    private const string OneCharacterSymbols = "!<>+-*/%?:.,()[]{}";

    private int _position;

    public Token Next()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
        if (_position == text.Length)
        {
            return new Token(TokenKind.End, "", _position);
        }
        var c = text[_position];
        return c switch
        {
            '$' => Word(TokenKind.Variable, _position + 1),
            '"' or '\'' => Quoted(c),
            '`' => Raw(),
            _ when char.IsAsciiDigit(c) => Number(),
            _ when IsWordStart(c) => Word(TokenKind.Identifier, _position),
            _ => Symbol(),
        };
    }

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private Token Word(TokenKind kind, int wordStart)
    {
        var start = _position;
        _position = wordStart;
        while (_position < text.Length && IsWordPart(text[_position]))
        {
            _position++;
        }
        return new Token(kind, text[start.._position], start);
    }

    private Token Number()
    {
        var start = _position;
        SkipDigits();
        if (At('.') && _position + 1 < text.Length && char.IsAsciiDigit(text[_position + 1]))
        {
            _position++;
            SkipDigits();
        }
        if ((At('e') || At('E')) && ExponentFollows())
        {
            _position++;
            if (At('+') || At('-'))
            {
                _position++;
            }
            SkipDigits();
        }
        return new Token(TokenKind.Number, text[start.._position], start);
    }

    private bool ExponentFollows()
    {
        var next = _position + 1;
        if (next < text.Length && text[next] is '+' or '-')
        {
            next++;
        }
        return next < text.Length && char.IsAsciiDigit(text[next]);
    }

    private void SkipDigits()
    {
        while (_position < text.Length && char.IsAsciiDigit(text[_position]))
        {
            _position++;
        }
    }

    private bool At(char c) => _position < text.Length && text[_position] == c;

    /// <summary>Single and double quotes take the JSON escapes (and \' for single quotes).</summary>
    private Token Quoted(char quote)
    {
        var start = _position++;
        var value = new StringBuilder();
        while (_position < text.Length && text[_position] != quote)
        {
            value.Append(text[_position] == '\\' ? Escape() : text[_position++]);
        }
        if (_position == text.Length)
        {
            throw ExpressionSyntaxException.At("unterminated string", start);
        }
        _position++;
        return new Token(TokenKind.String, value.ToString(), start);
    }

    private char Escape()
    {
        var start = _position++;
        var c = _position < text.Length ? text[_position++] : '\0';
        return c switch
        {
            '"' or '\'' or '\\' or '/' => c,
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => UnicodeEscape(start),
            _ => throw InvalidEscape(start),
        };
    }

    private char UnicodeEscape(int start)
    {
        const int Digits = 4;
        if (_position + Digits > text.Length
            || !ushort.TryParse(text.AsSpan(_position, Digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw InvalidEscape(start);
        }
        _position += Digits;
        return (char)code;
    }

    private static ExpressionSyntaxException InvalidEscape(int position) => ExpressionSyntaxException.At("invalid escape sequence", position);

    /// <summary>Backticks quote raw text: no escapes.</summary>
    private Token Raw()
    {
        var start = _position;
        var end = text.IndexOf('`', start + 1);
        if (end < 0)
        {
            throw ExpressionSyntaxException.At("unterminated string", start);
        }
        _position = end + 1;
        return new Token(TokenKind.String, text[(start + 1)..end], start);
    }

    private Token Symbol()
    {
        var start = _position;
        foreach (var symbol in TwoCharacterSymbols)
        {
            if (string.CompareOrdinal(text, start, symbol, 0, symbol.Length) == 0)
            {
                _position += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, start);
            }
        }
        if (!OneCharacterSymbols.Contains(text[start], StringComparison.Ordinal))
        {
            throw ExpressionSyntaxException.At($"unexpected character '{text[start]}'", start);
        }
        _position++;
        return new Token(TokenKind.Symbol, text[start].ToString(), start);
    }
}
