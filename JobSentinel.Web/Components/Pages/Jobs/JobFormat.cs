using System.Globalization;
using JobSentinel.Core.Postings;

namespace JobSentinel.Web.Components.Pages.Jobs;

/// <summary>How postings read in the UI: salary ranges, dates and the query string of a search.</summary>
public static class JobFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"USD 75,000–105,000 / year", or null when the posting names no salary.</summary>
    public static string? Salary(JobView job)
    {
        if (job.SalaryMin is null && job.SalaryMax is null)
        {
            return null;
        }

        var range = (job.SalaryMin, job.SalaryMax) switch
        {
            ({ } min, { } max) when min != max => $"{Amount(min)}–{Amount(max)}",
            ({ } min, _) => Amount(min),
            (_, { } max) => $"up to {Amount(max)}",
            _ => "",
        };
        var period = job.SalaryPeriod is { } p ? $" / {p.ToString().ToLowerInvariant()}" : "";
        return $"{job.Currency} {range}{period}".Trim();
    }

    /// <summary>"≈ EUR 83k a year" when the salary was converted or is not yearly; null otherwise.</summary>
    public static string? Annualized(JobView job) =>
        job.SalaryAnnualized is { } annual && (job.Currency != job.AnnualizedCurrency || job.SalaryPeriod is not (null or SalaryPeriod.Year))
            ? $"≈ {job.AnnualizedCurrency} {Compact(annual)} a year"
            : null;

    public static string Compact(double amount) =>
        amount >= 1_000 ? (amount / 1_000).ToString("0.#", Culture) + "k" : amount.ToString("0", Culture);

    public static string Ago(DateTime at, DateTime now)
    {
        var elapsed = now - at;
        return elapsed.TotalMinutes < 1 ? "just now"
            : elapsed.TotalHours < 1 ? $"{(int)elapsed.TotalMinutes} min ago"
            : elapsed.TotalDays < 1 ? $"{(int)elapsed.TotalHours} h ago"
            : elapsed.TotalDays < 60 ? $"{(int)elapsed.TotalDays} d ago"
            : at.ToString("MMM d, yyyy", Culture);
    }

    /// <summary>The query string that <c>GET /jobs/export</c> reads, for the filters of <paramref name="query"/>.</summary>
    public static string QueryString(JobQuery query)
    {
        List<string> parts = [];
        void Add(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                double d => d.ToString(Culture),
                DateTime t => t.ToString("O", Culture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("q", query.Q);
        Add("source", query.Source);
        Add("company", query.Company);
        Add("minScore", query.MinScore);
        Add("remote", query.Remote);
        Add("workplace", query.Workplace);
        Add("since", query.Since);
        Add("status", query.Status);
        Add("minSalary", query.MinSalary);
        Add("starred", query.Starred);
        Add("includeHidden", query.IncludeHidden ? true : null);
        Add("sort", query.Sort);
        Add("order", query.Order);
        return string.Join("&", parts);
    }

    private static string Amount(double amount) => amount.ToString("#,0.##", Culture);
}
