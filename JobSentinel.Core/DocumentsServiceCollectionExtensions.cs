using JobSentinel.Core.Achievements;
using JobSentinel.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Editing and exporting generated documents, and STAR records.</summary>
    public static IServiceCollection AddDocumentsAndAchievements(this IServiceCollection services)
    {
        services.AddSingleton<DocumentService>();
        services.AddSingleton<StarRecordService>();
        return services;
    }
}
