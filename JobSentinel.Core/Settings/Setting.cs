namespace JobSentinel.Core.Settings;

/// <summary>A key/value pair of user settings changed at runtime (JSON value).</summary>
public sealed class Setting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAt { get; set; }
}
