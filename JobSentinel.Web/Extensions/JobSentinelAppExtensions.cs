using JobSentinel.Web.Endpoints;
using JobSentinel.Web.Security;
using Scalar.AspNetCore;

namespace JobSentinel.Web.Extensions;

public static class JobSentinelAppExtensions
{
    /// <summary>The request pipeline and every endpoint.</summary>
    public static WebApplication UseJobSentinel(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseReverseProxySupport();
        app.UseObservability();
        app.UseApiKeyGate();
        app.UseMiddleware<MaintenanceGateMiddleware>();
        app.UseRouting();
        app.UseSecurityAfterRouting();

        app.MapHealthEndpoints();
        app.MapAccountEndpoints();
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(AuthSchemes.ApiPolicy)
            .DisableAntiforgery();
        api.MapAdminEndpoints();
        api.MapSourcesApi();
        api.MapJobsApi();
        api.MapProfilesApi();
        api.MapAlertsApi();
        api.MapResumesApi();
        api.MapEvaluationsApi();
        api.MapPipelineRunsApi();
        api.MapCompanyCacheApi();
        api.MapBackupsApi();
        api.MapMaintenanceApi();
        api.MapDataTransferApi();
        api.MapSloApi();
        api.MapSecurityOperationsApi();
        api.MapDocumentsApi();
        api.MapStarRecordsApi();
        api.MapContactsApi();
        api.MapMessagesApi();
        api.MapApplicationsApi();
        api.MapFeatureFlagsApi();
        api.MapLlmSettingsApi();
        app.MapJobsExportForUserInterface();
        app.MapDocumentDownloadsForUserInterface();
        app.MapApplicationsExportForUserInterface();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(SecurityHeadersMiddleware.ApiReferencePath, options => options
            .WithTitle("JobSentinel API")
            .DisableDefaultFonts()
            .DisableTelemetry()).AllowAnonymous();
        app.MapLiveUpdates();
        app.MapBackgroundWorkDashboard();
        app.MapUserInterface();
        return app;
    }
}
