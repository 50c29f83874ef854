using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace JobSentinel.Web.Live;

/// <summary>
/// SignalR hub at <c>/hubs/events</c> for clients other than the Blazor UI. Each live event arrives
/// as a hub method named after its type (<c>healthChanged</c>, <c>workItemChanged</c>...) with the
/// event as its argument. Authenticated by the login cookie or an <c>X-API-Key</c> header.
/// </summary>
[Authorize(Policy = AuthSchemes.HubPolicy)]
public sealed class EventsHub : Hub
{
    public const string Path = "/hubs/events";
}
