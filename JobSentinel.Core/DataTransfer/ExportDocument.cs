using System.Text.Json;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Sources;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// The full export of the user's data (<c>GET /api/v1/admin/export</c>), version <see cref="CurrentVersion"/>.
/// Postings come last: they are the bulk of the document and are written one at a time.
/// </summary>
public sealed record ExportDocument(
    string? Format,
    int? Version,
    DateTime? ExportedAt,
    IReadOnlyList<string>? Notes,
    IReadOnlyList<ExportedSetting>? Settings,
    IReadOnlyList<ExportedSource>? Sources,
    IReadOnlyList<ExportedProfile>? Profiles,
    IReadOnlyList<ExportedAlertChannel>? AlertChannels,
    IReadOnlyList<ExportedResume>? Resumes,
    IReadOnlyList<ExportedEvaluation>? Evaluations,
    IReadOnlyList<ExportedPosting>? Postings,
    IReadOnlyList<ExportedApplication>? Applications = null,
    IReadOnlyList<ExportedStarRecord>? StarRecords = null,
    IReadOnlyList<ExportedContact>? Contacts = null,
    IReadOnlyList<ExportedDocument>? Documents = null)
{
    public const string FormatName = "jobsentinel-export";
    public const int CurrentVersion = 1;

    public static IReadOnlyList<string> StandardNotes { get; } =
    [
        "Secrets are not exported: alert channels' webhook URLs, signing secrets and SMTP settings, and secret source options " +
        "(listed under secretsOmitted) are left out. An import creates such a channel or source disabled until the secret is entered again.",
        "Resumes carry their parsed data and text, not the uploaded file.",
        "Evaluations are the completed ones against stored postings; scores of postings are recomputed after an import.",
        "Applications, STAR records, contacts with their messages, and generated documents are included (sections absent in " +
        "older files are simply empty); pipeline runs, LLM calls and caches are not. An import adds what is missing and leaves " +
        "what is already stored as it is.",
    ];
}

/// <summary>A setting; <see cref="Value"/> is its JSON value.</summary>
public sealed record ExportedSetting(string? Key, JsonElement? Value);

public sealed record ExportedSource(
    string? Name, SourceType? Type, string? Board, string? Url, string? BaseUrl, string? Schedule, bool Enabled,
    IReadOnlyDictionary<string, string>? Options, IReadOnlyList<string>? SecretsOmitted);

public sealed record ExportedProfile(
    string? Name, bool IsDefault,
    IReadOnlyList<string>? TitleAllowlist, IReadOnlyList<string>? TitleBlocklist, IReadOnlyList<string>? KeywordsBoost, IReadOnlyList<string>? KeywordsExclude,
    bool AllowRemote, bool AllowHybrid, bool AllowOnsite,
    IReadOnlyList<string>? Cities, IReadOnlyList<string>? States, IReadOnlyList<string>? Countries,
    double? SalaryFloor, double? SalaryTarget, string? Currency,
    IReadOnlyList<string>? PreferredCompanies, IReadOnlyList<string>? BlockedCompanies,
    int RecencyFullDays, int RecencyZeroDays, double ImmediateAlertThreshold, double DigestMinScore,
    double WeightSkills, double WeightSalary, double WeightLocation, double WeightCompany, double WeightRecency,
    JsonElement? LearnedWeights);

public sealed record ExportedAlertChannel(
    string? Name, AlertChannelType? Type, double? MinScore, string? ProfileName, bool Enabled, bool DigestEnabled,
    string? DigestTime, string? QuietHours, string? TimeZone, IReadOnlyList<string>? SecretsOmitted);

public sealed record ExportedResume(
    string? Sha256, string? FileName, FileFormat Format, long SizeBytes, string? CandidateName, int AtsScore, AtsRating AtsRating,
    int SkillCount, string? Text, JsonElement? Parse, JsonElement? Ats, JsonElement? Layout, DateTime UploadedAt);

/// <summary>A completed evaluation of a resume (by checksum) against a posting (by de-duplication key).</summary>
public sealed record ExportedEvaluation(
    string? ResumeSha256, string? JobDedupKey, int? RelevanceScore, Verdict? Verdict, JsonElement? Result,
    DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt);

public sealed record ExportedPosting(
    string? DedupKey, string? Title, string? Company, string? Location, IReadOnlyList<string>? Locations, WorkplaceType Workplace,
    double? SalaryMin, double? SalaryMax, string? SalaryCurrency, SalaryPeriod? SalaryPeriod, double? SalaryAnnualUsd,
    string? EmploymentType, string? Department, DateTime? PostedAt, string? Url, string? ApplyUrl, IReadOnlyList<string>? Tags,
    string? Source, DateTime FirstSeenAt, DateTime LastSeenAt, int TimesSeen, JobStatus Status, DateTime? ClosedAt,
    bool Starred, bool Hidden, string? Notes, JobFeedback Feedback, string? DescriptionHtml, string? DescriptionText);
