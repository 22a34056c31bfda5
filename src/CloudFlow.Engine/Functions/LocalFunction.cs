namespace CloudFlow.Engine.Functions;

/// <summary>A function key (<c>f</c> for FC 3.0, <c>svc:f</c> for FC 2.0) and the URL that stands for it.</summary>
internal sealed record LocalFunction(string Name, string Url, string Source);
