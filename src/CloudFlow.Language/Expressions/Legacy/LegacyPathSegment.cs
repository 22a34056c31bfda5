namespace CloudFlow.Language.Expressions.Legacy;

/// <summary>One step of a legacy path: a member (<c>.a</c>, <c>['a']</c>), an element (<c>[0]</c>) or every child (<c>[*]</c>, <c>.*</c>).</summary>
public sealed record LegacyPathSegment
{
    private LegacyPathSegment(string? member, int? element)
    {
        Member = member;
        Element = element;
    }

    public static LegacyPathSegment Wildcard { get; } = new(null, null);

    public string? Member { get; }

    public int? Element { get; }

    public bool IsWildcard => Member is null && Element is null;

    public static LegacyPathSegment OfMember(string name) => new(name, null);

    public static LegacyPathSegment OfElement(int index) => new(null, index);
}
