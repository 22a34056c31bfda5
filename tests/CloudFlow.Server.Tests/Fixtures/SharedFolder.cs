namespace CloudFlow.Server.Tests.Fixtures;

/// <summary>Finds ../shared beside the repository (or CLOUDFLOW_SHARED): the spec's conformance cases live there.</summary>
public static class SharedFolder
{
    public static string Path
    {
        get
        {
            if (Environment.GetEnvironmentVariable("CLOUDFLOW_SHARED") is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "CloudFlow.sln")))
                {
                    return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                }
            }

            throw new DirectoryNotFoundException("CloudFlow.sln was not found above the test binaries, so ../shared cannot be located.");
        }
    }
}
