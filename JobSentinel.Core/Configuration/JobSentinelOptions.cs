namespace JobSentinel.Core.Configuration;

/// <summary>Root settings of the app (section <c>JobSentinel</c>).</summary>
public sealed class JobSentinelOptions
{
    public const string SectionName = "JobSentinel";

    /// <summary>Folder holding the database, keys, uploads and backups; relative paths resolve against the content root.</summary>
    public string DataDirectory { get; set; } = "./data";
}
