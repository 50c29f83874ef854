using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Applications;
using JobSentinel.Core.Contacts;
using JobSentinel.Core.Pipeline;

namespace JobSentinel.Core.DataTransfer;

// The application data of the export. Postings and resumes are referred to by their natural keys (de-duplication
// key, checksum); a record is recognised again on import by the keys named on each type.

/// <summary>A tracked application; the same posting (<see cref="JobDedupKey"/>) or the same title, company and creation time is the same application.</summary>
public sealed record ExportedApplication(
    string? JobDedupKey, string? Title, string? Company, string? Url, ApplicationStatus? Status, double Position, string? Notes,
    DateTime? AppliedAt, double? SalaryOffered, string? SalaryCurrency, string? NextAction, DateTime? NextActionAt,
    IReadOnlyList<ApplicationHistoryEntry>? History, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A STAR record; recognised by its resume, title and creation time.</summary>
public sealed record ExportedStarRecord(
    string? ResumeSha256, string? Title, string? Situation, string? Task, string? Action, string? Result, IReadOnlyList<string>? Skills,
    string? Company, string? Role, string? SourceText, StarRecordStatus Status, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A contact with its messages; recognised by e-mail address, or by name and company when it has none.</summary>
public sealed record ExportedContact(
    string? Name, string? Company, string? Role, string? Email, IReadOnlyList<string>? Links, string? Notes, string? Source,
    string? SourceJobDedupKey, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<ExportedMessage>? Messages);

/// <summary>An outreach message of a contact; recognised by subject and creation time.</summary>
public sealed record ExportedMessage(
    string? JobDedupKey, string? Subject, string? Body, int QualityScore, JsonElement? Quality, MessageStatus Status, string? Provider,
    string? RejectReason, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ApprovedAt, DateTime? SentAt);

/// <summary>
/// A generated CV, letter or outreach draft; recognised by its resume, kind, title and creation time. The sections are
/// lists of <see cref="DocumentSection"/> (<c>{name, heading, text}</c>), kept as stored.
/// </summary>
public sealed record ExportedDocument(
    string? ResumeSha256, string? JobDedupKey, DocumentKind Kind, string? Title, JsonElement? Sections, JsonElement? GeneratedSections, string? Provider, DateTime CreatedAt, DateTime UpdatedAt);
