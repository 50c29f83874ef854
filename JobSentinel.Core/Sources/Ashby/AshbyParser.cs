using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Ashby;

/// <summary>Reads Ashby's public posting API into <see cref="RawPosting"/>s.</summary>
public static class AshbyParser
{
    /// <summary>Parses <c>GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json, string board)
    {
        var source = AtsJson.Describe("Ashby", "board", board);
        using var document = AtsJson.Parse(json, source);
        var jobs = AtsJson.RequireArray(document.RootElement, "jobs", $"{source} answered with JSON that has no jobs list.");
        return AtsJson.MapEach<AshbyJob>(jobs, AtsJson.CamelCase, ToPosting);
    }

    private static RawPosting? ToPosting(AshbyJob job)
    {
        if (job.Id is null || job.Title is null || job.IsListed == false)
        {
            return null;
        }

        var salary = Salary(job.Compensation);
        return new RawPosting
        {
            ExternalId = job.Id,
            Title = job.Title,
            // Ashby never names the company: the caller uses the board.
            Location = job.Location,
            Locations = Locations(job),
            // isRemote is also true for hybrid roles, so only workplaceType decides the workplace.
            Workplace = AtsText.ParseWorkplace(job.WorkplaceType),
            RemoteFlag = job.IsRemote,
            Url = job.JobUrl,
            ApplyUrl = job.ApplyUrl,
            DescriptionHtml = job.DescriptionHtml,
            DescriptionText = job.DescriptionPlain,
            PostedAt = AtsDates.Parse(job.PublishedAt) ?? AtsDates.Parse(job.UpdatedAt),
            UpdatedAt = AtsDates.Parse(job.UpdatedAt),
            EmploymentType = job.EmploymentType,
            Department = job.Department ?? job.Team,
            SalaryMin = salary.Min,
            SalaryMax = salary.Max,
            SalaryCurrency = salary.Currency,
            SalaryPeriod = salary.Period,
        };
    }

    private static List<string> Locations(AshbyJob job)
    {
        List<string> locations = [];
        AtsText.AddDistinct(locations, job.Location);
        foreach (var secondary in job.SecondaryLocations ?? [])
        {
            AtsText.AddDistinct(locations, secondary?.Location);
        }

        return locations;
    }

    /// <summary>
    /// The salary across all pay zones (lowest minimum to highest maximum of the "Salary" components that
    /// share the first one's currency and interval); equity and bonus components are never pay.
    /// </summary>
    private static StructuredSalary Salary(AshbyCompensation? compensation)
    {
        if (compensation is null)
        {
            return default;
        }

        var range = new SalaryAccumulator();
        foreach (var tier in compensation.CompensationTiers ?? [])
        {
            foreach (var component in tier?.Components ?? [])
            {
                range.Add(component);
            }
        }

        // The summary repeats the tiers in one list; it is read only when the tiers say nothing.
        if (!range.HasAmount)
        {
            foreach (var component in compensation.SummaryComponents ?? [])
            {
                range.Add(component);
            }
        }

        return range.ToSalary();
    }

    private sealed class SalaryAccumulator
    {
        private decimal? _min;
        private decimal? _max;
        private AshbyCompensationComponent? _first;

        public bool HasAmount => _first is not null;

        public void Add(AshbyCompensationComponent? component)
        {
            if (component is null || !string.Equals(component.CompensationType, "Salary", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var min = StructuredSalary.Known(component.MinValue);
            var max = StructuredSalary.Known(component.MaxValue);
            if (min is null && max is null)
            {
                return;
            }

            _first ??= component;
            if (!string.Equals(component.CurrencyCode, _first.CurrencyCode, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(component.Interval, _first.Interval, StringComparison.OrdinalIgnoreCase))
            {
                return; // a zone paid in another currency or per another interval cannot widen this range
            }

            _min = min is null ? _min : _min is null ? min : Math.Min(_min.Value, min.Value);
            _max = max is null ? _max : _max is null ? max : Math.Max(_max.Value, max.Value);
        }

        public StructuredSalary ToSalary() =>
            _first is null ? default : StructuredSalary.From(_min, _max, _first.CurrencyCode, _first.Interval);
    }
}
