using System.Reflection;

namespace JobSentinel.Web.Observability;

/// <summary>Version, commit and build date of the running binary.</summary>
public sealed record VersionInfo(string Version, string Commit, DateTime BuildDate)
{
    public static VersionInfo Current { get; } = Read();

    private static VersionInfo Read()
    {
        var assembly = typeof(VersionInfo).Assembly;
        // The SDK appends "+<commit>" from git (SourceLink) to the informational version.
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? "unknown" : informational[(plus + 1)..];
        var buildDate = File.GetLastWriteTimeUtc(assembly.Location);
        return new VersionInfo(version, commit, DateTime.SpecifyKind(buildDate, DateTimeKind.Utc));
    }
}
