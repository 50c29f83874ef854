namespace JobSentinel.Web.Endpoints;

/// <summary>The <c>page</c>/<c>pageSize</c> rules shared by every list endpoint.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Dictionary<string, string[]>? Validate(int? page, int? pageSize)
    {
        Dictionary<string, string[]> errors = [];
        if (page is < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        return errors.Count == 0 ? null : errors;
    }

    public static (int Page, int PageSize) Resolve(int? page, int? pageSize) => (page ?? 1, pageSize ?? DefaultPageSize);
}
