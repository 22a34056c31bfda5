namespace CloudFlow.Benchmarks;

/// <summary>
/// The one table a run prints (case, ours, reference, ratio, target), then its notes. A run that judges its
/// targets marks each met (✓) or missed (✗); a smoke run is too short to judge and leaves the marks out.
/// </summary>
internal sealed class ResultTable(bool judgeTargets)
{
    private static readonly string[] Header = ["case", "ours", "reference", "ratio", "target"];
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    /// <summary>True once a benchmark gave a wrong answer or could not run: the process then exits with 1.</summary>
    public bool Failed { get; private set; }

    public void Row(string name, string ours, string reference, string ratio, string target, bool? met = null) =>
        _rows.Add([name, ours, reference, ratio, judgeTargets && met is { } m ? $"{target} {(m ? "✓" : "✗")}" : target]);

    public void Note(string note) => _notes.Add(OneLine(note));

    public void Failure(string note)
    {
        Failed = true;
        _notes.Add($"**FAILED**: {OneLine(note)}");
    }

    public void Write(TextWriter writer)
    {
        var widths = Enumerable.Range(0, Header.Length).Select(c => _rows.Select(r => r[c].Length).Append(Header[c].Length).Max()).ToArray();
        WriteLine(writer, Header, widths);
        writer.WriteLine("|" + string.Join("|", widths.Select((w, c) => c == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var row in _rows)
        {
            WriteLine(writer, row, widths);
        }

        writer.WriteLine();
        foreach (var note in _notes)
        {
            writer.WriteLine($"- {note}");
        }
    }

    // A note is one markdown list item, however many lines an error message had.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths) =>
        writer.WriteLine("| " + string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |");
}
