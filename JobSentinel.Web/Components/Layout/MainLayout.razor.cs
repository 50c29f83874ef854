using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Layout;

public partial class MainLayout : IDisposable
{
    private bool _drawerOpen = true;

    [Inject]
    public required ThemeState Theme { get; init; }

    protected override async Task OnInitializedAsync()
    {
        await Theme.LoadAsync();
        Theme.Changed += OnThemeChanged;
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private Task ToggleThemeAsync() => Theme.SetDarkModeAsync(!Theme.DarkMode);

    private void OnThemeChanged() => InvokeAsync(StateHasChanged);

    public void Dispose() => Theme.Changed -= OnThemeChanged;
}
