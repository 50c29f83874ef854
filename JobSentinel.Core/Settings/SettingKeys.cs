namespace JobSentinel.Core.Settings;

/// <summary>Keys of the settings the app keeps.</summary>
public static class SettingKeys
{
    public const string DarkMode = "ui.darkMode";

    /// <summary>The last automatic verification of the newest backup (<see cref="Backups.BackupVerification"/>).</summary>
    public const string LastBackupVerification = "backups.lastVerification";
}
