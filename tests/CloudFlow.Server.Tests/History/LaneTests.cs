using CloudFlow.Engine.Interpreter;

namespace CloudFlow.Server.Tests.History;

/// <summary>A lane counts the visits of each state name (by the flow plan's name ids), whatever order the ids come in.</summary>
public sealed class LaneTests
{
    [Fact]
    public void Visit_CountsEachNameOnItsOwn_AsIdsBelowAndAboveTheFirstArrive()
    {
        var lane = new Lane("", 0);
        int[] ids = [7, 7, 3, 12, 3, 7, 0, 40, 12, 0];

        var visits = ids.Select(lane.Visit).ToArray();

        Assert.Equal([1, 2, 1, 1, 2, 3, 1, 1, 2, 2], visits);
    }
}
