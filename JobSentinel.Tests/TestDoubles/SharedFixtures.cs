namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// The real-world captures in <c>../shared/fixtures</c> (beside the clone in CI). Tests that need
/// them call <see cref="PathOf"/>, which skips the test cleanly when the folder is absent.
/// </summary>
public static class SharedFixtures
{
    public static string? Root { get; } = Find();

    /// <summary>The full path of a fixture, e.g. <c>jobboards/greenhouse.json</c>; skips the test when missing.</summary>
    public static string PathOf(string relativePath)
    {
        var path = Root is null ? null : Path.Combine(Root, relativePath);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"The shared fixture '{relativePath}' is not available (../shared/fixtures is absent).");
        }

        return path!;
    }

    private static string? Find()
    {
        // Walk up from the test binaries to the folder holding the clone, where shared/ sits beside it.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
