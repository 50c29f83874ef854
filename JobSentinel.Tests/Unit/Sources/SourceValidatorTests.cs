using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class SourceValidatorTests
{
    public static TheoryData<SourceType> ConfigurableTypes() =>
        [.. Enum.GetValues<SourceType>().Where(type => type != SourceType.Manual)];

    [Theory]
    [MemberData(nameof(ConfigurableTypes))]
    public void Validate_FullyValidDraft_ReportsNothing(SourceType type)
    {
        var errors = SourceValidator.Validate(Valid(type));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NameMissing_ReportsName(string? name)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remoteok) with { Name = name });

        Assert.Equal(["name"], errors.Keys);
        Assert.Contains("required", Assert.Single(errors["name"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameTooLong_ReportsName()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remoteok) with { Name = new string('a', SourceValidator.MaxNameLength + 1) });

        Assert.Equal(["name"], errors.Keys);
        Assert.Contains("at most 100", Assert.Single(errors["name"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameOfMaxLengthWithSurroundingSpaces_IsAccepted()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remoteok) with { Name = "  " + new string('a', SourceValidator.MaxNameLength) + "  " });

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_TypeMissing_ReportsTypeListingTheTypesWithoutManual()
    {
        var errors = SourceValidator.Validate(new SourceDraft { Name = "Acme" });

        var message = Assert.Single(errors["type"]);
        Assert.Contains("greenhouse", message, StringComparison.Ordinal);
        Assert.Contains("workday", message, StringComparison.Ordinal);
        Assert.DoesNotContain("manual", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedType_ReportsType()
    {
        var errors = SourceValidator.Validate(new SourceDraft { Name = "Acme", Type = (SourceType)999 });

        Assert.Equal(["type"], errors.Keys);
    }

    [Fact]
    public void Validate_ManualType_ReportsTypePointingAtTheJobsApi()
    {
        var errors = SourceValidator.Validate(new SourceDraft { Name = "Acme", Type = SourceType.Manual });

        Assert.Equal(["type"], errors.Keys);
        Assert.Contains("POST /api/v1/jobs", Assert.Single(errors["type"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameAndTypeMissing_ReportsBoth()
    {
        var errors = SourceValidator.Validate(new SourceDraft());

        Assert.Equal(["name", "type"], errors.Keys.Order());
    }

    [Theory]
    [InlineData(SourceType.Greenhouse, null)]
    [InlineData(SourceType.Lever, "")]
    [InlineData(SourceType.Ashby, "  ")]
    [InlineData(SourceType.Workday, null)]
    public void Validate_BoardMissing_ReportsBoardWithTheHint(SourceType type, string? board)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Board = board });

        Assert.Equal(["board"], errors.Keys);
        Assert.Contains(SourceCatalog.Get(type).BoardHint!, Assert.Single(errors["board"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceType.Greenhouse, "acme/jobs")]
    [InlineData(SourceType.Greenhouse, "acme corp")]
    [InlineData(SourceType.Lever, "-acme")]
    [InlineData(SourceType.Workable, "acme?x=1")]
    [InlineData(SourceType.Recruitee, "https://acme.recruitee.com")]
    [InlineData(SourceType.Workday, "acme")]
    [InlineData(SourceType.Workday, "acme/")]
    [InlineData(SourceType.Workday, "acme/External/extra")]
    [InlineData(SourceType.Workday, "/External")]
    public void Validate_InvalidBoard_ReportsBoardNamingTheValue(SourceType type, string board)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Board = board });

        Assert.Equal(["board"], errors.Keys);
        Assert.Contains($"'{board}' is not a valid", Assert.Single(errors["board"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceType.Greenhouse, "acme-corp_2.0")]
    [InlineData(SourceType.Workday, "acme/External_Careers")]
    [InlineData(SourceType.Workday, "  acme/External  ")]
    public void Validate_ValidBoard_IsAccepted(SourceType type, string board)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Board = board });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(SourceType.Rss, null)]
    [InlineData(SourceType.Html, "")]
    [InlineData(SourceType.Rss, "example.com/feed.rss")]
    [InlineData(SourceType.Rss, "ftp://example.com/feed.rss")]
    public void Validate_UrlMissingOrNotHttp_ReportsUrl(SourceType type, string? url)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Url = url });

        Assert.Equal(["url"], errors.Keys);
    }

    [Theory]
    [InlineData(SourceType.Rss, "http://169.254.169.254/latest/meta-data/")]
    [InlineData(SourceType.Html, "http://[fe80::1]/jobs")]
    [InlineData(SourceType.Rss, "http://metadata.google.internal/computeMetadata/v1/")]
    public void Validate_UrlAtLinkLocalOrMetadataHost_ReportsUrl(SourceType type, string url)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Url = url });

        Assert.Equal(["url"], errors.Keys);
        Assert.StartsWith("The URL must not point at", Assert.Single(errors["url"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceType.Rss, "http://127.0.0.1:8080/feed.xml")]
    [InlineData(SourceType.Html, "http://10.0.0.5/careers")]
    [InlineData(SourceType.Rss, "http://192.168.1.20/jobs.rss")]
    [InlineData(SourceType.Html, "http://localhost:5000/jobs")]
    public void Validate_UrlOnLoopbackOrPrivateNetwork_IsAccepted(SourceType type, string url)
    {
        var errors = SourceValidator.Validate(Valid(type) with { Url = url });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/api")]
    [InlineData("http://127.0.0.1:8080/?page=1")]
    public void Validate_BaseUrlWithPathOrQuery_ReportsBaseUrl(string baseUrl)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Greenhouse) with { BaseUrl = baseUrl });

        Assert.Equal(["baseUrl"], errors.Keys);
        Assert.Contains("leave out the path", Assert.Single(errors["baseUrl"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254")]
    [InlineData("not a url")]
    [InlineData("file:///etc")]
    public void Validate_UnsafeOrInvalidBaseUrl_ReportsBaseUrl(string baseUrl)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Greenhouse) with { BaseUrl = baseUrl });

        Assert.Equal(["baseUrl"], errors.Keys);
        Assert.StartsWith("The base URL must", Assert.Single(errors["baseUrl"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("https://mirror.example.com")]
    public void Validate_BaseUrlWithoutPath_IsAccepted(string baseUrl)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Greenhouse) with { BaseUrl = baseUrl });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_WorkdayWithoutBaseUrl_ReportsBaseUrl(string? baseUrl)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Workday) with { BaseUrl = baseUrl });

        Assert.Equal(["baseUrl"], errors.Keys);
        Assert.Contains("myworkdayjobs.com", Assert.Single(errors["baseUrl"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a cron")]
    [InlineData("61 * * * *")]
    [InlineData("0 0 * * * *")]
    public void Validate_InvalidCron_ReportsSchedule(string schedule)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Greenhouse) with { Schedule = schedule });

        Assert.Equal(["schedule"], errors.Keys);
        Assert.StartsWith("The schedule is not a valid five-field cron expression", Assert.Single(errors["schedule"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoSchedule_UsesTheTypeDefault(string? schedule)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remotive) with { Schedule = schedule });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("0 * * * *", 24)]
    [InlineData("0 0,4,8,12,16 * * *", 5)]
    [InlineData("*/30 * * * *", 48)]
    public void Validate_RemotiveMoreThanFourTimesADay_ReportsSchedule(string schedule, int runs)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remotive) with { Schedule = schedule });

        Assert.Equal(["schedule"], errors.Keys);
        Assert.Equal($"Remotive allows at most 4 calls a day; this schedule runs {runs} times on some days.", Assert.Single(errors["schedule"]));
    }

    [Theory]
    [InlineData("0 */6 * * *")]
    [InlineData("0 0,4,8,12 * * *")]
    [InlineData("30 9 * * 1-5")]
    public void Validate_RemotiveAtMostFourTimesADay_IsAccepted(string schedule)
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remotive) with { Schedule = schedule });

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_RemotiveOftenOnlyOnSaturdays_ReportsSchedule()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remotive) with { Schedule = "0 * * * 6" });

        Assert.Equal(["schedule"], errors.Keys);
    }

    [Fact]
    public void Validate_RemotiveEveryFiveMinutesOnTheFirstOfTheMonth_ReportsSchedule()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remotive) with { Schedule = "*/5 * 1 * *" });

        Assert.Equal(["schedule"], errors.Keys);
    }

    [Fact]
    public void Validate_OtherTypesRunningOften_AreAccepted()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Remoteok) with { Schedule = "*/5 * * * *" });

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UsajobsWithoutOptions_ReportsApiKeyAndEmail()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Usajobs) with { Options = null });

        Assert.Equal(["options.apiKey", "options.email"], errors.Keys.Order());
        Assert.Contains("'apiKey'", Assert.Single(errors["options.apiKey"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UsajobsWithBlankApiKey_ReportsApiKey()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Usajobs) with { Options = new Dictionary<string, string> { ["apiKey"] = "  ", ["email"] = "me@example.com" } });

        Assert.Equal(["options.apiKey"], errors.Keys);
    }

    [Fact]
    public void Validate_UsajobsEmailWithoutAt_ReportsEmail()
    {
        var errors = SourceValidator.Validate(Valid(SourceType.Usajobs) with { Options = new Dictionary<string, string> { ["apiKey"] = "key", ["email"] = "me.example.com" } });

        Assert.Equal(["options.email"], errors.Keys);
        Assert.Contains("e-mail address", Assert.Single(errors["options.email"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("listItem")]
    [InlineData("title")]
    [InlineData("link")]
    public void Validate_HtmlWithoutARequiredSelector_ReportsThatOption(string missing)
    {
        var options = HtmlOptions();
        options.Remove(missing);

        var errors = SourceValidator.Validate(Valid(SourceType.Html) with { Options = options });

        Assert.Equal([$"options.{missing}"], errors.Keys);
        Assert.Contains($"'{missing}'", Assert.Single(errors[$"options.{missing}"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryField()
    {
        var draft = new SourceDraft
        {
            Name = "",
            Type = SourceType.Html,
            Url = "http://169.254.169.254/",
            BaseUrl = "http://127.0.0.1/api",
            Schedule = "every hour",
        };

        var errors = SourceValidator.Validate(draft);

        Assert.Equal(
            ["baseUrl", "name", "options.link", "options.listItem", "options.title", "schedule", "url"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, string> HtmlOptions() => new()
    {
        ["listItem"] = ".job",
        ["title"] = "h3",
        ["link"] = "a",
    };

    private static SourceDraft Valid(SourceType type)
    {
        var draft = new SourceDraft { Name = "Acme", Type = type };
        return type switch
        {
            SourceType.Greenhouse or SourceType.Lever or SourceType.Ashby or SourceType.Workable or SourceType.Smartrecruiters
                or SourceType.Recruitee or SourceType.Personio => draft with { Board = "acme" },
            SourceType.Workday => draft with { Board = "acme/External", BaseUrl = "https://acme.wd5.myworkdayjobs.com" },
            SourceType.Remoteok or SourceType.Remotive or SourceType.Arbeitnow or SourceType.Hn => draft,
            SourceType.Usajobs => draft with { Options = new Dictionary<string, string> { ["apiKey"] = "key", ["email"] = "me@example.com" } },
            SourceType.Rss => draft with { Url = "https://example.com/jobs.rss" },
            SourceType.Html => draft with { Url = "https://example.com/careers", Options = HtmlOptions() },
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no valid draft for this type"),
        };
    }
}
