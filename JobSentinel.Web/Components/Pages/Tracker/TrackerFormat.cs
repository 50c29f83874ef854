using System.Globalization;
using JobSentinel.Core.Applications;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Tracker;

/// <summary>How the tracker shows statuses, reminders and salaries; the board's local reordering after a drop.</summary>
public static class TrackerFormat
{
    public static IReadOnlyList<ApplicationStatus> Columns { get; } = Enum.GetValues<ApplicationStatus>();

    public static string Label(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Saved => "Saved",
        ApplicationStatus.Applied => "Applied",
        ApplicationStatus.Interviewing => "Interviewing",
        ApplicationStatus.Offer => "Offer",
        ApplicationStatus.Rejected => "Rejected",
        _ => "Withdrawn",
    };

    /// <summary>The API name (saved, applied...), used for test ids and zone identifiers.</summary>
    public static string Key(ApplicationStatus status) => ApplicationChanges.StatusName(status);

    public static Color StatusColor(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => Color.Info,
        ApplicationStatus.Interviewing => Color.Primary,
        ApplicationStatus.Offer => Color.Success,
        ApplicationStatus.Rejected => Color.Error,
        ApplicationStatus.Withdrawn => Color.Dark,
        _ => Color.Default,
    };

    /// <summary>The reminder badge: overdue before today (UTC), then today, tomorrow, or the date.</summary>
    public static (string Text, Color Color)? Due(ApplicationView application, DateTime now)
    {
        if (application.NextActionAt is not { } at || application.Closed)
        {
            return null;
        }

        var days = (at.Date - now.Date).Days;
        return days switch
        {
            < 0 => ("overdue", Color.Error),
            0 => ("due today", Color.Warning),
            1 => ("due tomorrow", Color.Warning),
            _ => ($"due {at.ToString("MMM d", CultureInfo.InvariantCulture)}", Color.Default),
        };
    }

    public static string? Salary(ApplicationView application) => application.SalaryOffered is { } salary
        ? $"{salary.ToString("#,0.##", CultureInfo.InvariantCulture)} {application.SalaryCurrency}".TrimEnd()
        : null;

    public static string Date(DateTime? value) => value?.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The board after a card is dropped at <paramref name="index"/> of the <paramref name="status"/> column: the same
    /// renumbering the service does, so the card stays where it was dropped before the save answers.
    /// </summary>
    public static List<ApplicationView> Move(IReadOnlyList<ApplicationView> board, long id, ApplicationStatus status, int index)
    {
        var card = board.Single(a => a.Id == id);
        var column = board.Where(a => a.Status == status && a.Id != id).OrderBy(a => a.Position).ThenBy(a => a.Id).ToList();
        column.Insert(Math.Clamp(index, 0, column.Count), card with { Status = status });
        var renumbered = column.Select((a, i) => a with { Position = i }).ToDictionary(a => a.Id);
        return [.. board.Select(a => renumbered.GetValueOrDefault(a.Id, a)).OrderBy(a => a.Status).ThenBy(a => a.Position).ThenBy(a => a.Id)];
    }
}
