using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class CareersUrlDetectorTests
{
    [Theory]
    [InlineData("https://boards.greenhouse.io/acme", SourceType.Greenhouse)]
    [InlineData("https://job-boards.greenhouse.io/acme", SourceType.Greenhouse)]
    [InlineData("https://job-boards.eu.greenhouse.io/acme", SourceType.Greenhouse)]
    [InlineData("https://jobs.lever.co/acme", SourceType.Lever)]
    [InlineData("https://jobs.ashbyhq.com/acme", SourceType.Ashby)]
    [InlineData("https://apply.workable.com/acme", SourceType.Workable)]
    [InlineData("https://jobs.smartrecruiters.com/acme", SourceType.Smartrecruiters)]
    [InlineData("https://careers.smartrecruiters.com/acme", SourceType.Smartrecruiters)]
    public void Detect_BoardUrl_GivesTypeAndBoard(string url, SourceType type)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(type, detected.Type);
        Assert.Equal("acme", detected.Board);
        Assert.Null(detected.Url);
        Assert.Null(detected.BaseUrl);
        Assert.Empty(detected.Options);
    }

    [Fact]
    public void Detect_GreenhouseBoard_SuggestsTitledNameWithTheBoardType()
    {
        var detected = CareersUrlDetector.Detect("https://boards.greenhouse.io/acme-robotics");

        Assert.Equal("Acme Robotics (Greenhouse)", detected?.SuggestedName);
    }

    [Fact]
    public void Detect_EuLeverBoard_SetsRegionEu()
    {
        var detected = CareersUrlDetector.Detect("https://jobs.eu.lever.co/acme");

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Lever, detected.Type);
        Assert.Equal("acme", detected.Board);
        Assert.Equal(new Dictionary<string, string> { ["region"] = "eu" }, detected.Options);
    }

    [Theory]
    [InlineData("https://acme.recruitee.com", SourceType.Recruitee)]
    [InlineData("https://acme.recruitee.com/o/backend-engineer", SourceType.Recruitee)]
    [InlineData("https://acme.jobs.personio.de", SourceType.Personio)]
    [InlineData("https://acme.jobs.personio.com/job/123", SourceType.Personio)]
    public void Detect_CompanySubdomain_GivesTheSubdomainAsBoard(string url, SourceType type)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(type, detected.Type);
        Assert.Equal("acme", detected.Board);
    }

    [Theory]
    [InlineData("https://tenant.wd5.myworkdayjobs.com/en-US/Site")]
    [InlineData("https://tenant.wd5.myworkdayjobs.com/Site")]
    [InlineData("https://tenant.wd5.myworkdayjobs.com/en-US/Site/job/Berlin/Engineer_R123")]
    [InlineData("https://tenant.wd5.myworkdayjobs.com/de/Site")]
    public void Detect_WorkdayCareerSite_GivesTenantSlashSiteAndTheHostAsBaseUrl(string url)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Workday, detected.Type);
        Assert.Equal("tenant/Site", detected.Board);
        Assert.Equal("https://tenant.wd5.myworkdayjobs.com", detected.BaseUrl);
        Assert.Equal("Tenant (Workday)", detected.SuggestedName);
    }

    [Fact]
    public void Detect_WorkdayWithoutSite_IsTakenAsAPage()
    {
        var detected = CareersUrlDetector.Detect("https://tenant.wd5.myworkdayjobs.com/en-US");

        Assert.Equal(SourceType.Html, detected?.Type);
    }

    [Theory]
    [InlineData("https://remoteok.com", SourceType.Remoteok, "Remote OK")]
    [InlineData("https://remoteok.com/remote-dev-jobs", SourceType.Remoteok, "Remote OK")]
    [InlineData("https://remotive.com/remote-jobs/software-dev", SourceType.Remotive, "Remotive")]
    [InlineData("https://www.arbeitnow.com/", SourceType.Arbeitnow, "Arbeitnow")]
    [InlineData("https://arbeitnow.com", SourceType.Arbeitnow, "Arbeitnow")]
    public void Detect_ZeroConfigurationBoard_GivesTypeWithoutBoardOrUrl(string url, SourceType type, string name)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(type, detected.Type);
        Assert.Equal(name, detected.SuggestedName);
        Assert.Null(detected.Board);
        Assert.Null(detected.Url);
    }

    [Theory]
    [InlineData("https://weworkremotely.com")]
    [InlineData("https://weworkremotely.com/categories/remote-programming-jobs")]
    public void Detect_WeWorkRemotelyPage_GivesItsRssFeed(string url)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Rss, detected.Type);
        Assert.Equal("https://weworkremotely.com/remote-jobs.rss", detected.Url);
    }

    [Fact]
    public void Detect_WeWorkRemotelyCategoryFeed_KeepsThatFeed()
    {
        var detected = CareersUrlDetector.Detect("https://weworkremotely.com/categories/remote-programming-jobs.rss");

        Assert.Equal("https://weworkremotely.com/categories/remote-programming-jobs.rss", detected?.Url);
    }

    [Fact]
    public void Detect_HackerNewsItem_SetsStoryId()
    {
        var detected = CareersUrlDetector.Detect("https://news.ycombinator.com/item?id=123");

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Hn, detected.Type);
        Assert.Equal(new Dictionary<string, string> { ["storyId"] = "123" }, detected.Options);
    }

    [Theory]
    [InlineData("https://news.ycombinator.com/")]
    [InlineData("https://news.ycombinator.com/item?id=abc")]
    [InlineData("https://news.ycombinator.com/item?id=")]
    public void Detect_HackerNewsWithoutNumericItem_HasNoStoryId(string url)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Hn, detected.Type);
        Assert.Empty(detected.Options);
    }

    [Theory]
    [InlineData("https://example.com/jobs.rss")]
    [InlineData("https://example.com/careers/feed.xml")]
    [InlineData("https://example.com/jobs.atom")]
    [InlineData("https://example.com/careers/feed")]
    [InlineData("https://example.com/JOBS.RSS")]
    public void Detect_FeedUrl_GivesRssWithTheUrl(string url)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Rss, detected.Type);
        Assert.Equal(url, detected.Url);
        Assert.Equal("Example", detected.SuggestedName);
    }

    [Theory]
    [InlineData("https://www.example.com/careers", "Example")]
    [InlineData("https://careers.acme-corp.com/open-roles", "Careers Acme Corp")]
    public void Detect_OtherPage_GivesHtmlWithTheUrl(string url, string name)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Html, detected.Type);
        Assert.Equal(url, detected.Url);
        Assert.Equal(name, detected.SuggestedName);
        Assert.Null(detected.Board);
    }

    [Theory]
    [InlineData("jobs.lever.co/acme")]
    [InlineData("  jobs.lever.co/acme  ")]
    [InlineData("http://jobs.lever.co/acme")]
    [InlineData("JOBS.LEVER.CO/acme")]
    public void Detect_WithoutSchemeOrOddSpelling_StillFindsTheBoard(string pasted)
    {
        var detected = CareersUrlDetector.Detect(pasted);

        Assert.NotNull(detected);
        Assert.Equal(SourceType.Lever, detected.Type);
        Assert.Equal("acme", detected.Board);
    }

    [Fact]
    public void Detect_PageWithoutScheme_GetsHttps()
    {
        var detected = CareersUrlDetector.Detect("example.com/careers");

        Assert.Equal("https://example.com/careers", detected?.Url);
    }

    [Theory]
    [InlineData("https://boards.greenhouse.io/acme?gh_src=abc123")]
    [InlineData("https://boards.greenhouse.io/acme/")]
    [InlineData("https://boards.greenhouse.io/acme/jobs/4567?gh_jid=4567")]
    [InlineData("https://boards.greenhouse.io/acme#openings")]
    [InlineData("boards.greenhouse.io//acme//")]
    public void Detect_QueryFragmentOrTrailingSlash_DoNotChangeTheBoard(string url)
    {
        var detected = CareersUrlDetector.Detect(url);

        Assert.Equal("acme", detected?.Board);
    }

    [Fact]
    public void Detect_GreenhouseEmbedUrl_TakesTheBoardFromTheForParameter()
    {
        var detected = CareersUrlDetector.Detect("https://boards.greenhouse.io/embed/job_board?for=acme");

        Assert.Equal("acme", detected?.Board);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a url at all")]
    [InlineData("ftp://example.com/jobs")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("http://exa mple.com/jobs")]
    public void Detect_GarbageOrNonHttp_ReturnsNull(string? pasted)
    {
        Assert.Null(CareersUrlDetector.Detect(pasted));
    }
}
