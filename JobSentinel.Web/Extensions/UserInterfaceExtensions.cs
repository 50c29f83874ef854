using JobSentinel.Web.Components;
using JobSentinel.Web.Components.Layout;
using JobSentinel.Web.Security;
using MudBlazor.Services;

namespace JobSentinel.Web.Extensions;

public static class UserInterfaceExtensions
{
    public static void AddUserInterface(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddScoped<ThemeState>();
        builder.Services.AddApiDocument();
    }

    public static void MapUserInterface(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(AuthSchemes.AdminPolicy);
    }
}
