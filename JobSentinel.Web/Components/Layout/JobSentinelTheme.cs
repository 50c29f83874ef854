using MudBlazor;

namespace JobSentinel.Web.Components.Layout;

/// <summary>The app's light and dark palettes; system fonts only (no font CDN is reachable or allowed by the CSP).</summary>
public static class JobSentinelTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2f5bd3",
            Secondary = "#0f8b8d",
            AppbarBackground = "#1d2b4f",
            Background = "#f5f7fb",
            DrawerBackground = "#ffffff",
            Success = "#1e8e3e",
            Warning = "#c77700",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7ea2ff",
            Secondary = "#4fc3c7",
            AppbarBackground = "#151b2e",
            Background = "#0f1422",
            Surface = "#182033",
            DrawerBackground = "#141b2c",
            Success = "#4caf50",
            Warning = "#ffb300",
            Error = "#ef5350",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
