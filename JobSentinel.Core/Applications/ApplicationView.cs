using System.Text.Json.Serialization;

namespace JobSentinel.Core.Applications;

/// <summary>One application as the API and the board show it.</summary>
public sealed record ApplicationView(
    long Id,
    long? JobId,
    string Title,
    string Company,
    string? Url,
    ApplicationStatus Status,
    double Position,
    string? Notes,
    DateTime? AppliedAt,
    double? SalaryOffered,
    string? SalaryCurrency,
    string? NextAction,
    DateTime? NextActionAt,
    IReadOnlyList<ApplicationHistoryEntry> History,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>Rejected and withdrawn applications are closed: no reminders.</summary>
    [JsonIgnore]
    public bool Closed => Status is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn;

    public static ApplicationView From(TrackedApplication a) => new(
        a.Id, a.JobId, a.Title, a.Company, a.Url, a.Status, a.Position, a.Notes, a.AppliedAt, a.SalaryOffered, a.SalaryCurrency,
        a.NextAction, a.NextActionAt, ApplicationHistory.Read(a.HistoryJson), a.CreatedAt, a.UpdatedAt);
}
