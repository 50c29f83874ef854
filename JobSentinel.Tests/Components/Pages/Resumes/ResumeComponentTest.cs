using JobSentinel.Core.Configuration;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobSentinel.Tests.Components.Pages.Resumes;

/// <summary>Resume and evaluation components over the real Core services on a SQLite file; evaluations run when a test calls <see cref="RunQueuedAsync"/>.</summary>
public abstract class ResumeComponentTest : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingDispatcher _dispatcher = new();

    protected ServiceProvider Core { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Core = await CoreServices.BuildInitializedAsync(_directory.Path, configure: services => services
            .AddSingleton<ILiveEventPublisher>(Notifier)
            .AddSingleton<Core.BackgroundWork.IWorkDispatcher>(_dispatcher));
        Services.AddSingleton(Get<ResumeService>());
        Services.AddSingleton(Get<ResumeRanking>());
        Services.AddSingleton(Get<EvaluationService>());
        Services.AddSingleton(Get<JobDescriptionService>());
        Services.AddSingleton(Get<JobSearch>());
        Services.AddSingleton(Get<SkillTaxonomy>());
        Services.AddSingleton(Get<IOptionsMonitor<UploadsOptions>>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Core.DisposeAsync();
        _directory.Dispose();
    }

    protected T Get<T>()
        where T : notnull => Core.GetRequiredService<T>();

    protected Task<ResumeDetail> UploadAsync(string text = ResumeFiles.Text) =>
        Get<ResumeService>().UploadAsync(ResumeFiles.TextFile(text), "jane.txt", CancellationToken.None);

    /// <summary>Queues an evaluation of the resume against a pasted job description.</summary>
    protected async Task<long> QueueEvaluationAsync(long resumeId, string jobText = ResumeFiles.JobDescription)
    {
        var description = await Get<JobDescriptionService>().PasteAsync("Backend Engineer", jobText, CancellationToken.None);
        var (evaluation, _) = await Get<EvaluationService>().CreateAsync(new EvaluationRequest(resumeId, null, description.Id), CancellationToken.None);
        return evaluation!.Id;
    }

    /// <summary>Runs what was queued, as the background workers would.</summary>
    protected async Task RunQueuedAsync()
    {
        while (_dispatcher.Dispatched.TryDequeue(out var workItem))
        {
            await Get<Core.BackgroundWork.WorkItemRunner>().RunAsync(workItem, CancellationToken.None);
        }
    }
}
