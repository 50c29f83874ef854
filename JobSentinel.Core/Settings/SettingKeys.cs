namespace JobSentinel.Core.Settings;

/// <summary>Keys of the settings the app keeps.</summary>
public static class SettingKeys
{
    public const string DarkMode = "ui.darkMode";
}
