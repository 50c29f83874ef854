namespace JobSentinel.Core.Health;

/// <summary>Names of the health components as they appear in <c>/api/v1/health/detailed</c>.</summary>
public static class HealthCheckNames
{
    public const string Database = "database";
    public const string Hangfire = "hangfire";
    public const string Disk = "disk";
    public const string Sources = "sources";
    public const string Alerts = "alerts";
    public const string Models = "models";
    public const string Backups = "backups";
    public const string PdfService = "pdf_service";
    public const string Llm = "llm";

    /// <summary>Tag of the checks of external services, answered together by <c>/api/v1/health/apis</c>.</summary>
    public const string ExternalTag = "apis";
}
