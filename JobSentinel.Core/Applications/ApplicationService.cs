using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Applications;

/// <summary>
/// The application tracker: track a posting (or add an application by hand), list it as a board (column order,
/// then position), edit it, move it between columns, and the reminders that are due. A status change is appended
/// to the application's history; the first move to applied stamps <see cref="TrackedApplication.AppliedAt"/>.
/// </summary>
public sealed class ApplicationService(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>A reminder is due when its date is at most this far ahead.</summary>
    public static readonly TimeSpan ReminderHorizon = TimeSpan.FromDays(1);

    /// <summary>
    /// Tracks a posting (<c>jobId</c>: title, company and URL are copied unless given) or records an application by hand
    /// (title and company required). Tracking a posting already tracked returns that application with Created false.
    /// </summary>
    public async Task<ApplicationSaveResult> CreateAsync(ApplicationChanges changes, CancellationToken cancellationToken)
    {
        var errors = changes.Validate();
        if (errors.Count > 0)
        {
            return ApplicationSaveResult.Invalid(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var jobId = changes.JobId.Value;
        string? title = null, company = null, url = null;
        if (jobId is { } id)
        {
            if (await context.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.JobId == id, cancellationToken) is { } existing)
            {
                return new ApplicationSaveResult(ApplicationView.From(existing), [], Created: false);
            }

            var job = await context.Jobs.AsNoTracking().Where(j => j.Id == id)
                .Select(j => new { j.Title, j.Company, Url = j.Url ?? j.ApplyUrl }).SingleOrDefaultAsync(cancellationToken);
            if (job is null)
            {
                return ApplicationSaveResult.Invalid(new() { ["jobId"] = [$"There is no posting with id {id}."] });
            }

            (title, company, url) = (job.Title, job.Company, job.Url);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(changes.Title.Value))
            {
                errors["title"] = ["title is required when no jobId is given."];
            }

            if (string.IsNullOrWhiteSpace(changes.Company.Value))
            {
                errors["company"] = ["company is required when no jobId is given."];
            }

            if (errors.Count > 0)
            {
                return ApplicationSaveResult.Invalid(errors);
            }
        }

        var now = Now;
        var status = changes.Status.Value ?? ApplicationStatus.Saved;
        var application = new TrackedApplication
        {
            JobId = jobId,
            Title = Trim(changes.Title.Value) ?? Clip(title!, ApplicationChanges.MaxTitleLength),
            Company = Trim(changes.Company.Value) ?? Clip(company!, ApplicationChanges.MaxCompanyLength),
            Url = changes.Url.IsSet ? Trim(changes.Url.Value) : url is { Length: <= ApplicationChanges.MaxUrlLength } ? url : null,
            Status = status,
            Position = changes.Position.Value ?? await NextPositionAsync(context, status, cancellationToken),
            HistoryJson = ApplicationHistory.Write([new(status, now)]),
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(application, changes with { Status = default, Position = default, Title = default, Company = default, Url = default });
        if (status == ApplicationStatus.Applied)
        {
            application.AppliedAt ??= now;
        }

        application.UpdatedAt = now;

        context.Applications.Add(application);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (jobId is { } raced)
        {
            // Two "track" clicks at once: the unique index let one through; answer with that one.
            await using var again = await contextFactory.CreateDbContextAsync(cancellationToken);
            var winner = await again.Applications.AsNoTracking().SingleAsync(a => a.JobId == raced, cancellationToken);
            return new ApplicationSaveResult(ApplicationView.From(winner), [], Created: false);
        }

        return new ApplicationSaveResult(ApplicationView.From(application), [], Created: true);
    }

    public async Task<ApplicationView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a ? ApplicationView.From(a) : null;
    }

    /// <summary>The application tracking a posting, if any.</summary>
    public async Task<ApplicationView?> GetByJobAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.JobId == jobId, cancellationToken) is { } a ? ApplicationView.From(a) : null;
    }

    /// <summary>A page of applications in board order: column (saved first), then position, then id.</summary>
    public async Task<PagedResult<ApplicationView>> ListAsync(ApplicationQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(context, query);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await InBoardOrder(filtered).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<ApplicationView>([.. rows.Select(ApplicationView.From)], total, query.Page, query.PageSize);
    }

    /// <summary>Every application matching the filters, in board order (for the export).</summary>
    public async Task<IReadOnlyList<ApplicationView>> ExportAsync(ApplicationQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await InBoardOrder(Filter(context, query)).ToListAsync(cancellationToken);
        return [.. rows.Select(ApplicationView.From)];
    }

    /// <summary>Next actions due within a day (or overdue) of applications still open, soonest first.</summary>
    public async Task<IReadOnlyList<ApplicationView>> DueRemindersAsync(CancellationToken cancellationToken)
    {
        var horizon = Now + ReminderHorizon;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Applications.AsNoTracking()
            .Where(a => a.NextActionAt != null && a.NextActionAt <= horizon)
            .Where(a => a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
            .OrderBy(a => a.NextActionAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ApplicationView.From)];
    }

    /// <summary>
    /// Changes the given fields. A new status without a position puts the card at the bottom of its new column.
    /// </summary>
    public async Task<ApplicationSaveResult> UpdateAsync(long id, ApplicationChanges changes, CancellationToken cancellationToken)
    {
        var errors = changes.Validate();
        if (changes.JobId.IsSet)
        {
            errors["jobId"] = ["jobId cannot be changed: track the other posting instead."];
        }

        if (errors.Count > 0)
        {
            return ApplicationSaveResult.Invalid(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return ApplicationSaveResult.Missing;
        }

        if (changes.Status.Value is { } status && status != application.Status && !changes.Position.IsSet)
        {
            application.Position = await NextPositionAsync(context, status, cancellationToken);
        }

        Apply(application, changes);
        await context.SaveChangesAsync(cancellationToken);
        return new ApplicationSaveResult(ApplicationView.From(application), []);
    }

    /// <summary>
    /// Drag and drop: puts the card at <paramref name="index"/> (0 = top) of the <paramref name="status"/> column and
    /// numbers that column 0, 1, 2... again; status and position are saved in one transaction.
    /// </summary>
    public async Task<ApplicationView?> MoveAsync(long id, ApplicationStatus status, int index, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return null;
        }

        var column = await context.Applications.Where(a => a.Status == status && a.Id != id)
            .OrderBy(a => a.Position).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        column.Insert(Math.Clamp(index, 0, column.Count), application);
        Apply(application, new ApplicationChanges { Status = status });
        for (var i = 0; i < column.Count; i++)
        {
            column[i].Position = i;
        }

        await context.SaveChangesAsync(cancellationToken);
        return ApplicationView.From(application);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Applications.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    private void Apply(TrackedApplication application, ApplicationChanges changes)
    {
        var now = Now;
        if (changes.Status.Value is { } status && status != application.Status)
        {
            application.Status = status;
            application.HistoryJson = ApplicationHistory.Append(application.HistoryJson, status, now);
            if (status == ApplicationStatus.Applied && !changes.AppliedAt.IsSet)
            {
                application.AppliedAt ??= now;
            }
        }

        application.Position = changes.Position.Value ?? application.Position;
        application.Title = Trim(changes.Title.Value) ?? application.Title;
        application.Company = Trim(changes.Company.Value) ?? application.Company;
        application.Url = changes.Url.IsSet ? Trim(changes.Url.Value) : application.Url;
        application.Notes = changes.Notes.IsSet ? Empty(changes.Notes.Value) : application.Notes;
        application.AppliedAt = changes.AppliedAt.Or(application.AppliedAt);
        application.SalaryOffered = changes.SalaryOffered.Or(application.SalaryOffered);
        application.SalaryCurrency = changes.SalaryCurrency.IsSet ? Trim(changes.SalaryCurrency.Value)?.ToUpperInvariant() : application.SalaryCurrency;
        application.NextAction = changes.NextAction.IsSet ? Trim(changes.NextAction.Value) : application.NextAction;
        application.NextActionAt = changes.NextActionAt.Or(application.NextActionAt);
        application.UpdatedAt = now;
    }

    private static IQueryable<TrackedApplication> Filter(JobSentinelDbContext context, ApplicationQuery query)
    {
        var rows = context.Applications.AsNoTracking();
        if (query.Statuses is { Count: > 0 } statuses)
        {
            rows = rows.Where(a => statuses.Contains(a.Status));
        }

        foreach (var word in (query.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = word.ToLowerInvariant();
            rows = rows.Where(a => a.Title.ToLower().Contains(lower) || a.Company.ToLower().Contains(lower) || (a.Notes != null && a.Notes.ToLower().Contains(lower)));
        }

        return rows;
    }

    // Statuses are stored as text: order by the board's column order, not alphabetically.
    private static IOrderedQueryable<TrackedApplication> InBoardOrder(IQueryable<TrackedApplication> rows) => rows
        .OrderBy(a => a.Status == ApplicationStatus.Saved ? 0
            : a.Status == ApplicationStatus.Applied ? 1
            : a.Status == ApplicationStatus.Interviewing ? 2
            : a.Status == ApplicationStatus.Offer ? 3
            : a.Status == ApplicationStatus.Rejected ? 4 : 5)
        .ThenBy(a => a.Position).ThenBy(a => a.Id);

    private static async Task<double> NextPositionAsync(JobSentinelDbContext context, ApplicationStatus status, CancellationToken cancellationToken) =>
        (await context.Applications.Where(a => a.Status == status).MaxAsync(a => (double?)a.Position, cancellationToken) ?? -1) + 1;

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
