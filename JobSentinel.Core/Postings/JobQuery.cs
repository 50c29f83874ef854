namespace JobSentinel.Core.Postings;

/// <summary>The filters, sort and page of a posting search (the query string of <c>GET /jobs</c>).</summary>
public sealed record JobQuery
{
    /// <summary>Words that must all appear in the title, company or description; title hits rank first.</summary>
    public string? Q { get; init; }

    /// <summary>A source id or name: postings any sighting of which comes from it.</summary>
    public string? Source { get; init; }

    /// <summary>Part of the company name (case-insensitive).</summary>
    public string? Company { get; init; }

    public double? MinScore { get; init; }

    /// <summary>true: remote only; false: everything but remote.</summary>
    public bool? Remote { get; init; }

    /// <summary>remote, hybrid, onsite or unknown.</summary>
    public string? Workplace { get; init; }

    public WorkplaceType? WorkplaceFilter =>
        Enum.TryParse<WorkplaceType>(Workplace, ignoreCase: true, out var workplace) && Enum.IsDefined(workplace) ? workplace : null;

    /// <summary>Posted (or first seen, when the board gives no date) at or after.</summary>
    public DateTime? Since { get; init; }

    /// <summary>open (default), closed, archived or all.</summary>
    public string? Status { get; init; }

    /// <summary>Annualised salary at least this much, in the user's currency.</summary>
    public double? MinSalary { get; init; }

    public bool? Starred { get; init; }

    public bool IncludeHidden { get; init; }

    /// <summary>relevance (default with q), posted (default), firstSeen, title, company, salary, score.</summary>
    public string? Sort { get; init; }

    /// <summary>asc or desc; each sort has a natural default.</summary>
    public string? Order { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    public static IReadOnlyList<string> Sorts { get; } = ["relevance", "posted", "firstSeen", "title", "company", "salary", "score"];

    public static IReadOnlyList<string> Statuses { get; } = ["open", "closed", "archived", "all"];

    /// <summary>Problems by parameter name; empty when the query is valid.</summary>
    public Dictionary<string, string[]> Validate(int maxPageSize)
    {
        Dictionary<string, string[]> errors = [];
        if (Page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (PageSize < 1 || PageSize > maxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {maxPageSize}."];
        }

        if (MinScore is < 0 or > 1)
        {
            errors["minScore"] = ["minScore must be between 0 and 1."];
        }

        if (MinSalary is < 0)
        {
            errors["minSalary"] = ["minSalary must not be negative."];
        }

        if (Status is { } status && !Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            errors["status"] = [$"status must be one of {string.Join(", ", Statuses)}."];
        }

        if (Sort is { } sort && !Sorts.Contains(sort, StringComparer.OrdinalIgnoreCase))
        {
            errors["sort"] = [$"sort must be one of {string.Join(", ", Sorts)}."];
        }

        if (Order is { } order && order is not ("asc" or "desc"))
        {
            errors["order"] = ["order must be asc or desc."];
        }

        if (Workplace is not null && WorkplaceFilter is null)
        {
            errors["workplace"] = ["workplace must be remote, hybrid, onsite or unknown."];
        }

        if (Q is { Length: > 500 })
        {
            errors["q"] = ["q must be at most 500 characters."];
        }

        return errors;
    }
}
