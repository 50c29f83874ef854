using Bunit;
using JobSentinel.Web.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;

namespace JobSentinel.Tests.Components;

/// <summary>The bUnit context MudBlazor's own tests use: loose JS interop, no transitions, no popover-provider check.</summary>
public abstract class MudBunitContext : BunitContext
{
    protected MudBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(TimeProvider.System);
        Notifier = new LiveEventNotifier(TimeProvider.System, NullLogger<LiveEventNotifier>.Instance);
        Services.AddSingleton(Notifier);
    }

    protected LiveEventNotifier Notifier { get; }
}
