using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Browser;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Arbeitnow;
using JobSentinel.Core.Sources.Ashby;
using JobSentinel.Core.Sources.Fetching;
using JobSentinel.Core.Sources.Greenhouse;
using JobSentinel.Core.Sources.Hn;
using JobSentinel.Core.Sources.Html;
using JobSentinel.Core.Sources.Lever;
using JobSentinel.Core.Sources.Personio;
using JobSentinel.Core.Sources.Recruitee;
using JobSentinel.Core.Sources.RemoteOk;
using JobSentinel.Core.Sources.Remotive;
using JobSentinel.Core.Sources.Rss;
using JobSentinel.Core.Sources.SmartRecruiters;
using JobSentinel.Core.Sources.UsaJobs;
using JobSentinel.Core.Sources.Workable;
using JobSentinel.Core.Sources.Workday;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobSentinel.Core;

public static class JobDiscoveryServiceCollectionExtensions
{
    /// <summary>Sources, fetchers (one typed HttpClient each), normalisation, the job store and search.</summary>
    public static IServiceCollection AddJobDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ScrapingOptions, ScrapingOptionsValidator>(configuration, ScrapingOptions.SectionName);
        services.AddValidatedOptions<JobsOptions, JobsOptionsValidator>(configuration, JobsOptions.SectionName);
        services.AddValidatedOptions<BrowserOptions, BrowserOptionsValidator>(configuration, BrowserOptions.SectionName);

        services.TryAddSingleton<ISourceScheduler, ServerRegistersSchedules>();
        services.AddSingleton<HostRateLimiter>();
        services.AddSingleton<BrowserPool>();
        services.AddSingleton<ScrapeConcurrency>();
        services.AddSingleton<SourceChangeCounter>();
        services.AddSingleton<SourceOptionsCodec>();
        services.AddSingleton<SourceService>();
        services.AddSingleton<SourceTester>();
        services.AddSingleton<ScrapeRunService>();
        services.AddSingleton<PostingNormalizer>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<JobSearch>();
        services.AddSingleton<JobTriage>();
        services.AddTransient<ScrapeRunner>();
        services.AddTransient<IWorkItemHandler>(provider => provider.GetRequiredService<ScrapeRunner>());

        services.AddSourceFetcher<GreenhouseFetcher>();
        services.AddSourceFetcher<LeverFetcher>();
        services.AddSourceFetcher<AshbyFetcher>();
        services.AddSourceFetcher<WorkableFetcher>();
        services.AddSourceFetcher<SmartRecruitersFetcher>();
        services.AddSourceFetcher<RemoteOkFetcher>();
        services.AddSourceFetcher<RemotiveFetcher>();
        services.AddSourceFetcher<ArbeitnowFetcher>();
        services.AddSourceFetcher<UsaJobsFetcher>();
        services.AddSourceFetcher<HnFetcher>();
        services.AddSourceFetcher<RssFetcher>();
        services.AddSourceFetcher<WorkdayFetcher>();
        services.AddSourceFetcher<RecruiteeFetcher>();
        services.AddSourceFetcher<PersonioFetcher>();
        services.AddTransient<ISourceFetcher, HtmlFetcher>();
        return services;
    }
}
