using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>The whole audit trail on its own page; <c>?kind=</c> preselects a kind (the Security panel links that way).</summary>
public partial class AuditLogPage
{
    [SupplyParameterFromQuery]
    public string? Kind { get; set; }
}
