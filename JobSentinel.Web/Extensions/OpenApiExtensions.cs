using JobSentinel.Web.Observability;
using JobSentinel.Web.Security;
using Microsoft.OpenApi;

namespace JobSentinel.Web.Extensions;

public static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, declaring the X-API-Key scheme so the reference page can send it.</summary>
    public static void AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "JobSentinel API";
            document.Info.Version = VersionInfo.Current.Version;
            document.Info.Description = "Everything under /api/v1 needs an X-API-Key header, except health, version and monitoring.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[AuthSchemes.ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "An API key created in Settings, with 'apikey create', or from JobSentinel:Security:BootstrapApiKey.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AuthSchemes.ApiKey, document)] = [] }];
            return Task.CompletedTask;
        }));
}
