using JobSentinel.Core.Postings;
using JobSentinel.Web.Components.Pages.Jobs;

namespace JobSentinel.Tests.Components.Pages;

public sealed class JobFormatTests
{
    private static JobView Job(double? min, double? max, string? currency = "USD", SalaryPeriod? period = SalaryPeriod.Year, double? annual = null) => new()
    {
        Title = "t",
        Company = "c",
        AnnualizedCurrency = "USD",
        SalaryMin = min,
        SalaryMax = max,
        Currency = currency,
        SalaryPeriod = period,
        SalaryAnnualized = annual,
    };

    [Theory]
    [InlineData(75_000d, 105_000d, "USD 75,000–105,000 / year")]
    [InlineData(34.62d, 34.62d, "USD 34.62 / year")]
    [InlineData(50_000d, null, "USD 50,000 / year")]
    [InlineData(null, 90_000d, "USD up to 90,000 / year")]
    public void Salary_ReadsAsARange(double? min, double? max, string expected) => Assert.Equal(expected, JobFormat.Salary(Job(min, max)));

    [Fact]
    public void Salary_IsNullWithoutFigures() => Assert.Null(JobFormat.Salary(Job(null, null)));

    [Fact]
    public void Annualized_IsShownOnlyWhenItAddsSomething()
    {
        Assert.Null(JobFormat.Annualized(Job(100_000, 120_000, annual: 110_000)));
        Assert.Equal("≈ USD 72k a year", JobFormat.Annualized(Job(34.62, 34.62, period: SalaryPeriod.Hour, annual: 72_010)));
        Assert.Equal("≈ USD 65.5k a year", JobFormat.Annualized(Job(60_000, 60_000, currency: "EUR", annual: 65_500)));
    }

    [Fact]
    public void Ago_UsesTheCoarsestUsefulUnit()
    {
        var now = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal("just now", JobFormat.Ago(now.AddSeconds(-20), now));
        Assert.Equal("5 min ago", JobFormat.Ago(now.AddMinutes(-5), now));
        Assert.Equal("3 h ago", JobFormat.Ago(now.AddHours(-3), now));
        Assert.Equal("12 d ago", JobFormat.Ago(now.AddDays(-12), now));
        Assert.Equal("Jan 2, 2026", JobFormat.Ago(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), now));
    }

    [Fact]
    public void QueryString_CarriesEveryFilterEscaped()
    {
        var query = new JobQuery
        {
            Q = "c# & .net",
            Source = "3",
            Workplace = "remote",
            MinSalary = 90_000,
            Since = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            Status = "all",
            Starred = true,
            IncludeHidden = true,
            Sort = "salary",
            Order = "desc",
            Page = 4,
        };

        Assert.Equal(
            "q=c%23%20%26%20.net&source=3&workplace=remote&since=2026-11-01T00%3A00%3A00.0000000Z&status=all&minSalary=90000&starred=true&includeHidden=true&sort=salary&order=desc",
            JobFormat.QueryString(query));
        Assert.Equal("", JobFormat.QueryString(new JobQuery()));
    }
}
