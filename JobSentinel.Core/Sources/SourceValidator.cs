using System.Text.RegularExpressions;

namespace JobSentinel.Core.Sources;

/// <summary>Checks a <see cref="SourceDraft"/> and reports every problem by field name (camelCase, as the API names them).</summary>
public static partial class SourceValidator
{
    public const int MaxNameLength = 100;

    public static Dictionary<string, string[]> Validate(SourceDraft draft)
    {
        Dictionary<string, string[]> errors = [];
        var name = draft.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["A name is required."];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [$"The name must be at most {MaxNameLength} characters."];
        }

        if (draft.Type is not { } type || !Enum.IsDefined(type))
        {
            errors["type"] = [$"A type is required: one of {string.Join(", ", SourceCatalog.All.Where(t => t.Type != SourceType.Manual).Select(t => t.Type.ToString().ToLowerInvariant()))}."];
            return errors;
        }

        if (type == SourceType.Manual)
        {
            errors["type"] = ["Manual postings are added with POST /api/v1/jobs, not as a source."];
            return errors;
        }

        var info = SourceCatalog.Get(type);
        if (info.Target == SourceTarget.Board)
        {
            CheckBoard(errors, type, draft.Board, info);
        }

        if (info.Target == SourceTarget.Url && UrlSafety.Check(draft.Url) is { } urlProblem)
        {
            errors["url"] = [$"The URL {urlProblem}"];
        }

        if (!string.IsNullOrWhiteSpace(draft.BaseUrl))
        {
            if (UrlSafety.Check(draft.BaseUrl) is { } baseProblem)
            {
                errors["baseUrl"] = [$"The base URL {baseProblem}"];
            }
            else if (new Uri(draft.BaseUrl).PathAndQuery is not ("/" or ""))
            {
                errors["baseUrl"] = ["The base URL replaces only the scheme, host and port: leave out the path (e.g. http://127.0.0.1:8080)."];
            }
        }
        else if (type == SourceType.Workday)
        {
            errors["baseUrl"] = ["Workday needs the career site's host as base URL, e.g. https://acme.wd5.myworkdayjobs.com."];
        }

        var schedule = string.IsNullOrWhiteSpace(draft.Schedule) ? info.DefaultSchedule : draft.Schedule;
        if (CronSchedule.Check(schedule) is { } cronProblem)
        {
            errors["schedule"] = [$"The schedule {cronProblem}"];
        }
        else if (info.MaxRunsPerDay is { } allowed && CronSchedule.MaxRunsPerDay(schedule) > allowed)
        {
            errors["schedule"] = [$"{info.DisplayName} allows at most {allowed} calls a day; this schedule runs {CronSchedule.MaxRunsPerDay(schedule)} times on some days."];
        }

        foreach (var option in info.RequiredOptions)
        {
            if (draft.Options is null || !draft.Options.TryGetValue(option, out var value) || string.IsNullOrWhiteSpace(value))
            {
                errors[$"options.{option}"] = [$"{info.DisplayName} sources need the option '{option}'."];
            }
        }

        if (type == SourceType.Usajobs && draft.Options?.GetValueOrDefault("email") is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            errors["options.email"] = ["USAJOBS needs the e-mail address registered with the API key."];
        }

        return errors;
    }

    private static void CheckBoard(Dictionary<string, string[]> errors, SourceType type, string? board, SourceTypeInfo info)
    {
        var value = board?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors["board"] = [$"{info.DisplayName} sources need a board: {info.BoardHint}."];
        }
        else if (type == SourceType.Workday ? !WorkdayBoard().IsMatch(value) : !BoardName().IsMatch(value))
        {
            errors["board"] = [$"'{value}' is not a valid {info.DisplayName} board: {info.BoardHint}."];
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex BoardName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex WorkdayBoard();
}
