using System.Globalization;
using System.Text.Json;

namespace JobSentinel.Core.Applications;

/// <summary>
/// The fields of <c>POST</c> and <c>PATCH /applications</c>. Read from JSON by <see cref="Parse"/> so that a field
/// present with <c>null</c> clears the value and a wrongly typed field is reported by its name.
/// </summary>
public sealed record ApplicationChanges
{
    public const int MaxTitleLength = 300;
    public const int MaxCompanyLength = 200;
    public const int MaxUrlLength = 2048;
    public const int MaxNotesLength = 20_000;
    public const int MaxNextActionLength = 500;

    /// <summary>The posting to track (create only).</summary>
    public Change<long?> JobId { get; init; }

    public Change<ApplicationStatus?> Status { get; init; }

    public Change<double?> Position { get; init; }

    public Change<string?> Title { get; init; }

    public Change<string?> Company { get; init; }

    public Change<string?> Url { get; init; }

    public Change<string?> Notes { get; init; }

    public Change<DateTime?> AppliedAt { get; init; }

    public Change<double?> SalaryOffered { get; init; }

    public Change<string?> SalaryCurrency { get; init; }

    public Change<string?> NextAction { get; init; }

    public Change<DateTime?> NextActionAt { get; init; }

    public static string StatusName(ApplicationStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string StatusList => string.Join(", ", Enum.GetValues<ApplicationStatus>().Select(StatusName));

    /// <summary>A status by its API name (saved, applied...); numbers are refused.</summary>
    public static ApplicationStatus? ParseStatus(string? value) =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<ApplicationStatus>(value.Trim(), ignoreCase: true, out var status) ? status : null;

    /// <summary>Reads a JSON object and validates it; unknown members are ignored, each bad one is an error named after it.</summary>
    public static (ApplicationChanges Changes, Dictionary<string, string[]> Errors) Parse(JsonElement body)
    {
        Dictionary<string, string[]> errors = [];
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["The body must be a JSON object."];
            return (new ApplicationChanges(), errors);
        }

        var changes = new ApplicationChanges();
        foreach (var member in body.EnumerateObject())
        {
            var value = member.Value;
            var isNull = value.ValueKind == JsonValueKind.Null;
            switch (member.Name.ToLowerInvariant())
            {
                case "jobid":
                    changes = changes with { JobId = isNull ? null : Long(value, "jobId", errors) };
                    break;
                case "status":
                    changes = changes with { Status = isNull ? null : Status_(value, errors) };
                    break;
                case "position":
                    changes = changes with { Position = isNull ? null : Number(value, "position", errors) };
                    break;
                case "title":
                    changes = changes with { Title = Text(value, "title", errors) };
                    break;
                case "company":
                    changes = changes with { Company = Text(value, "company", errors) };
                    break;
                case "url":
                    changes = changes with { Url = Text(value, "url", errors) };
                    break;
                case "notes":
                    changes = changes with { Notes = Text(value, "notes", errors) };
                    break;
                case "appliedat":
                    changes = changes with { AppliedAt = isNull ? null : Date(value, "appliedAt", errors) };
                    break;
                case "salaryoffered":
                    changes = changes with { SalaryOffered = isNull ? null : Number(value, "salaryOffered", errors) };
                    break;
                case "salarycurrency":
                    changes = changes with { SalaryCurrency = Text(value, "salaryCurrency", errors) };
                    break;
                case "nextaction":
                    changes = changes with { NextAction = Text(value, "nextAction", errors) };
                    break;
                case "nextactionat":
                    changes = changes with { NextActionAt = isNull ? null : Date(value, "nextActionAt", errors) };
                    break;
                default:
                    break;
            }
        }

        foreach (var (field, messages) in changes.Validate())
        {
            errors.TryAdd(field, messages);
        }

        return (changes, errors);
    }

    /// <summary>The rules on the values (the references are checked by the service).</summary>
    public Dictionary<string, string[]> Validate()
    {
        Dictionary<string, string[]> errors = [];
        if (Status.IsSet && Status.Value is null)
        {
            errors["status"] = [$"status cannot be empty: use one of {StatusList}."];
        }

        if (Position.IsSet && Position.Value is not { } position)
        {
            errors["position"] = ["position cannot be empty."];
        }
        else if (Position.Value is { } p && !double.IsFinite(p))
        {
            errors["position"] = ["position must be a finite number."];
        }

        Required(Title, "title", MaxTitleLength, errors);
        Required(Company, "company", MaxCompanyLength, errors);
        if (Url.Value is { Length: > 0 } url)
        {
            if (url.Length > MaxUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors["url"] = [$"url must be an absolute http(s) address of at most {MaxUrlLength} characters."];
            }
        }

        MaxLength(Notes, "notes", MaxNotesLength, errors);
        MaxLength(NextAction, "nextAction", MaxNextActionLength, errors);
        if (SalaryOffered.Value is { } salary && (!double.IsFinite(salary) || salary < 0))
        {
            errors["salaryOffered"] = ["salaryOffered must be a number of 0 or more."];
        }

        if (SalaryCurrency.Value is { Length: > 0 } currency && !(currency.Trim().Length == 3 && currency.Trim().All(char.IsAsciiLetter)))
        {
            errors["salaryCurrency"] = ["salaryCurrency must be a 3-letter ISO 4217 code such as USD or EUR."];
        }

        return errors;
    }

    private static void Required(Change<string?> field, string name, int max, Dictionary<string, string[]> errors)
    {
        if (field.IsSet && string.IsNullOrWhiteSpace(field.Value))
        {
            errors[name] = [$"{name} cannot be empty."];
        }
        else if (field.Value is { } value && value.Trim().Length > max)
        {
            errors[name] = [$"{name} must be at most {max} characters."];
        }
    }

    private static void MaxLength(Change<string?> field, string name, int max, Dictionary<string, string[]> errors)
    {
        if (field.Value is { } value && value.Length > max)
        {
            errors[name] = [$"{name} must be at most {max} characters."];
        }
    }

    private static Change<ApplicationStatus?> Status_(JsonElement value, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.String && ParseStatus(value.GetString()) is { } status)
        {
            return status;
        }

        errors["status"] = [$"status must be one of {StatusList}."];
        return default;
    }

    private static Change<string?> Text(JsonElement value, string name, Dictionary<string, string[]> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return (string?)null;
            case JsonValueKind.String:
                return value.GetString();
            default:
                errors[name] = [$"{name} must be a string."];
                return default;
        }
    }

    private static Change<long?> Long(JsonElement value, string name, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        errors[name] = [$"{name} must be a whole number."];
        return default;
    }

    private static Change<double?> Number(JsonElement value, string name, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return number;
        }

        errors[name] = [$"{name} must be a number."];
        return default;
    }

    private static Change<DateTime?> Date(JsonElement value, string name, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.String
            && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        errors[name] = [$"{name} must be a date and time in ISO 8601 (e.g. 2026-03-01T09:00:00Z)."];
        return default;
    }
}
