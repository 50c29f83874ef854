using JobSentinel.Core.Settings;

namespace JobSentinel.Web.Components.Layout;

/// <summary>The light/dark choice of one browser circuit, persisted in the settings table.</summary>
public sealed class ThemeState(SettingsStore settings)
{
    private bool _loaded;

    public event Action? Changed;

    public bool DarkMode { get; private set; }

    public async Task LoadAsync()
    {
        if (!_loaded)
        {
            DarkMode = await settings.GetAsync(SettingKeys.DarkMode, false);
            _loaded = true;
        }
    }

    public async Task SetDarkModeAsync(bool darkMode)
    {
        DarkMode = darkMode;
        await settings.SetAsync(SettingKeys.DarkMode, darkMode);
        Changed?.Invoke();
    }
}
