using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core;

public static class ResumeServiceCollectionExtensions
{
    /// <summary>Uploads, resume analysis (ATS), relevance of resumes to jobs and background evaluations.</summary>
    public static IServiceCollection AddResumeAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UploadsOptions, ResumeOptionsValidator>(configuration, UploadsOptions.SectionName);
        services.AddValidatedOptions<EvaluationsOptions, ResumeOptionsValidator>(configuration, EvaluationsOptions.SectionName);
        services.AddValidatedOptions<RelevanceOptions, RelevanceOptionsValidator>(configuration, RelevanceOptions.SectionName);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<RelevanceOptions>>().Value);
        services.AddSingleton(_ => SkillTaxonomy.LoadDefault());
        services.TryAddSingleton<IEmbeddingProvider, NoEmbeddings>();
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<ResumeParser>();
        services.AddSingleton<AtsAnalyzer>();
        services.AddSingleton<ResumeAnalyzer>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<UploadCleanup>();
        services.AddSingleton<ResumeService>();
        services.AddSingleton<JobRequirementsExtractor>();
        services.AddSingleton<RelevanceEngine>();
        services.AddSingleton<RelevanceRanker>();
        services.AddSingleton<ResumeRanking>();
        services.AddSingleton<JobDescriptionService>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<EvaluationRunner>();
        services.AddTransient<IWorkItemHandler>(provider => provider.GetRequiredService<EvaluationRunner>());
        return services;
    }
}
