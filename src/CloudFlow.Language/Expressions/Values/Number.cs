using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudFlow.Language.Expressions.Values;

/// <summary>
/// A JSON number as expressions compute with it (fdl.md 5.2, D17): a 64-bit integer while it is one, otherwise a
/// double. Integer results that do not fit in 64 bits continue as doubles.
/// </summary>
internal readonly struct Number
{
    private readonly long _integer;
    private readonly double _real;

    private Number(long integer)
    {
        _integer = integer;
        IsInteger = true;
    }

    private Number(double real) => _real = double.IsFinite(real) ? real : throw new ExpressionEvaluationException("number out of range");

    public bool IsInteger { get; }

    private double AsDouble => IsInteger ? _integer : _real;

    public static bool TryRead(JsonNode? node, out Number number)
    {
        number = default;
        if (node is not JsonValue value)
        {
            return false;
        }
        // Parsed values wrap a JsonElement, read directly: JsonValue.TryGetValue<long> is several times slower on them.
        if (value.TryGetValue(out JsonElement element))
        {
            return TryRead(element, out number);
        }
        if (value.TryGetValue(out long integer))
        {
            number = new Number(integer);
            return true;
        }
        if (value.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }
        number = value.TryGetValue(out double real) ? new Number(real) : Parse(value.ToJsonString());
        return true;
    }

    /// <summary>Reads a JSON number literal as the parser found it.</summary>
    public static Number Parse(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? new Number(integer)
            : new Number(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static bool TryRead(JsonElement element, out Number number)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            number = default;
            return false;
        }
        number = element.TryGetInt64(out var integer) ? new Number(integer)
            : element.TryGetDouble(out var real) ? new Number(real)
            : throw new ExpressionEvaluationException("number out of range");
        return true;
    }

    /// <summary>Integral doubles such as 2.0 count as integers where an integer is required (indexes, intAdd).</summary>
    public bool TryGetInteger(out long integer)
    {
        if (IsInteger)
        {
            integer = _integer;
            return true;
        }
        var fits = Math.Floor(_real) == _real && _real >= long.MinValue && _real < long.MaxValue;
        integer = fits ? (long)_real : 0;
        return fits;
    }

    public JsonValue ToJson() => IsInteger ? JsonValue.Create(_integer) : JsonValue.Create(_real);

    /// <summary>The shortest JSON text of the value (D25).</summary>
    public override string ToString() =>
        IsInteger ? _integer.ToString(CultureInfo.InvariantCulture) : _real.ToString("R", CultureInfo.InvariantCulture);

    public int CompareTo(Number other) =>
        IsInteger && other.IsInteger ? _integer.CompareTo(other._integer) : AsDouble.CompareTo(other.AsDouble);

    public static Number Add(Number a, Number b) =>
        a.IsInteger && b.IsInteger ? FromWide((Int128)a._integer + b._integer) : new Number(a.AsDouble + b.AsDouble);

    public static Number Subtract(Number a, Number b) =>
        a.IsInteger && b.IsInteger ? FromWide((Int128)a._integer - b._integer) : new Number(a.AsDouble - b.AsDouble);

    public static Number Multiply(Number a, Number b) =>
        a.IsInteger && b.IsInteger ? FromWide((Int128)a._integer * b._integer) : new Number(a.AsDouble * b.AsDouble);

    /// <summary>Two integers divide to an integer when exact, otherwise to a fraction (fdl.md 5.2).</summary>
    public static Number Divide(Number a, Number b)
    {
        b.EnsureNotZero();
        return a.IsInteger && b.IsInteger && (Int128)a._integer % b._integer == 0
            ? FromWide((Int128)a._integer / b._integer)
            : new Number(a.AsDouble / b.AsDouble);
    }

    public static Number Remainder(Number a, Number b)
    {
        b.EnsureNotZero();
        return a.IsInteger && b.IsInteger ? FromWide((Int128)a._integer % b._integer) : new Number(a.AsDouble % b.AsDouble);
    }

    public static Number Negate(Number a) => a.IsInteger ? FromWide(-(Int128)a._integer) : new Number(-a._real);

    private static Number FromWide(Int128 value) =>
        value >= long.MinValue && value <= long.MaxValue ? new Number((long)value) : new Number((double)value);

    private void EnsureNotZero()
    {
        if (AsDouble == 0)
        {
            throw new ExpressionEvaluationException("division by zero");
        }
    }
}
