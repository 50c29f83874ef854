using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Postings;

public sealed class PostingNormalizerTests
{
    private static readonly Dictionary<string, long> NoKnownHashes = [];

    private readonly PostingNormalizer _normalizer = new();

    [Theory]
    [InlineData("  Senior   Backend\n\tEngineer  ", "Senior Backend Engineer")]
    [InlineData("R&amp;D Engineer", "R&D Engineer")]
    [InlineData("Engineer &#8211; Platform", "Engineer – Platform")]
    [InlineData("Donâ€™t Panic Engineer", "Don’t Panic Engineer")]
    [InlineData("DÃ©veloppeur Senior", "Développeur Senior")]
    public void Normalize_Title_IsCleaned(string title, string expected)
    {
        var posting = Normalize(Raw() with { Title = title });

        Assert.Equal(expected, posting.Title);
    }

    [Theory]
    [InlineData(" Acme\n Robotics ", "Acme Robotics")]
    [InlineData("Procter &amp; Gamble", "Procter & Gamble")]
    [InlineData("CafÃ© Solutions GmbH", "Café Solutions GmbH")]
    public void Normalize_Company_IsCleaned(string company, string expected)
    {
        var posting = Normalize(Raw() with { Company = company });

        Assert.Equal(expected, posting.Company);
    }

    [Fact]
    public void Normalize_TitleLongerThanTheLimit_IsClipped()
    {
        var posting = Normalize(Raw() with { Title = new string('x', 600) });

        Assert.Equal(500, posting.Title.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_BoardNamesNoCompany_UsesTheFallback(string? company)
    {
        var posting = _normalizer.Normalize(Raw() with { Company = company }, "acme", NoKnownHashes)!;

        Assert.Equal("acme", posting.Company);
    }

    [Fact]
    public void Normalize_NoCompanyAndNoFallback_SaysUnknownCompany()
    {
        var posting = _normalizer.Normalize(Raw() with { Company = null }, " ", NoKnownHashes)!;

        Assert.Equal("Unknown company", posting.Company);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Normalize_NoTitle_IsDropped(string? title)
    {
        Assert.Null(_normalizer.Normalize(Raw() with { Title = title! }, "acme", NoKnownHashes));
    }

    [Fact]
    public void Normalize_TitleOfOnlyANonBreakingSpace_IsDropped()
    {
        Assert.Null(_normalizer.Normalize(Raw() with { Title = "&nbsp;" }, "acme", NoKnownHashes));
    }

    [Fact]
    public void Normalize_SeveralLocationsInOneString_AreSplitAndKeptTogether()
    {
        var posting = Normalize(Raw() with { Location = "Berlin; Munich | Hamburg" });

        Assert.Equal(["Berlin", "Munich", "Hamburg"], posting.Locations);
        Assert.Equal("Berlin; Munich | Hamburg", posting.Location);
    }

    [Fact]
    public void Normalize_ListedLocations_AreCleanedDeduplicatedAndJoined()
    {
        var posting = Normalize(Raw() with { Location = null, Locations = ["Berlin", " berlin ", "New&nbsp;York", "", "Munich"] });

        Assert.Equal(["Berlin", "New York", "Munich"], posting.Locations);
        Assert.Equal("Berlin; New York; Munich", posting.Location);
    }

    [Theory]
    [InlineData("Remote - US", null, null, WorkplaceType.Remote)]
    [InlineData("Hybrid - Berlin", null, null, WorkplaceType.Hybrid)]
    [InlineData("Berlin, Germany", null, null, WorkplaceType.Onsite)]
    [InlineData(null, null, true, WorkplaceType.Remote)]
    [InlineData(null, null, null, WorkplaceType.Unknown)]
    [InlineData("Remote", WorkplaceType.Onsite, null, WorkplaceType.Onsite)]
    public void Normalize_Workplace_IsDetected(string? location, WorkplaceType? stated, bool? remoteFlag, WorkplaceType expected)
    {
        var posting = Normalize(Raw() with { Location = location, Workplace = stated, RemoteFlag = remoteFlag });

        Assert.Equal(expected, posting.Workplace);
    }

    [Fact]
    public void Normalize_TitleQualifierRemote_MakesTheWorkplaceRemote()
    {
        var posting = Normalize(Raw() with { Title = "Backend Engineer (Remote)", Location = null });

        Assert.Equal(WorkplaceType.Remote, posting.Workplace);
    }

    [Fact]
    public void Normalize_Url_IsCanonicalWithoutTrackingParameters()
    {
        var posting = Normalize(Raw() with { Url = "https://Jobs.Example.com/postings/42/?utm_source=newsletter&team=eng&utm_campaign=x#apply" });

        Assert.Equal("https://jobs.example.com/postings/42?team=eng", posting.Url);
    }

    [Fact]
    public void Normalize_NoUrl_FallsBackToTheCanonicalApplyUrl()
    {
        var posting = Normalize(Raw() with { Url = null, ApplyUrl = "https://example.com/apply/42?gh_src=abc" });

        Assert.Equal("https://example.com/apply/42", posting.Url);
        Assert.Equal("https://example.com/apply/42", posting.ApplyUrl);
    }

    [Fact]
    public void Normalize_EntityEscapedGreenhouseHtml_IsDecodedAndSanitized()
    {
        const string escaped = "&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Build &lt;strong&gt;things&lt;/strong&gt;&lt;/p&gt;"
            + "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
            + "&lt;p onclick=&quot;steal()&quot;&gt;Apply now&lt;/p&gt;&lt;/div&gt;";

        var posting = Normalize(Raw() with { DescriptionHtml = escaped });

        Assert.Contains("<p>Build <strong>things</strong></p>", posting.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<p>Apply now</p>", posting.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", posting.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", posting.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", posting.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", posting.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", posting.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_HtmlDescription_GivesPlainTextWithoutMarkup()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = "<p>Build <b>things</b></p><ul><li>Go</li></ul><script>alert(1)</script>" });

        Assert.Contains("Build things", posting.DescriptionText, StringComparison.Ordinal);
        Assert.Contains("- Go", posting.DescriptionText, StringComparison.Ordinal);
        Assert.DoesNotContain("<", posting.DescriptionText, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", posting.DescriptionText, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_HtmlAndPlainTextDelivered_KeepsTheBoardsPlainText()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = "<p>Rich</p>", DescriptionText = "The board's own text" });

        Assert.Equal("The board's own text", posting.DescriptionText);
    }

    [Fact]
    public void Normalize_PlainTextOnly_BecomesEncodedParagraphs()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = null, DescriptionText = "We ship <script>alert(1)</script> & more.\n\nLine one\nline two" });

        Assert.Equal("<p>We ship &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p><p>Line one<br>line two</p>", posting.DescriptionHtml);
        Assert.Equal("We ship <script>alert(1)</script> & more.\n\nLine one\nline two", posting.DescriptionText);
    }

    [Fact]
    public void Normalize_MojibakePlainText_IsRepaired()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = null, DescriptionText = "Youâ€™ll work in ZÃ¼rich." });

        Assert.Equal("You’ll work in Zürich.", posting.DescriptionText);
    }

    [Fact]
    public void Normalize_NoDescription_LeavesBothEmpty()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = null, DescriptionText = null });

        Assert.Null(posting.DescriptionHtml);
        Assert.Null(posting.DescriptionText);
    }

    [Fact]
    public void Normalize_StructuredSalary_WinsOverTextAndProse()
    {
        var posting = Normalize(Raw() with
        {
            SalaryMin = 100_000m,
            SalaryMax = 120_000m,
            SalaryCurrency = "usd",
            SalaryText = "$50/hour",
            DescriptionText = "The salary is $200,000 per year.",
        });

        Assert.Equal((100_000d, 120_000d, "USD", SalaryPeriod.Year), (posting.SalaryMin, posting.SalaryMax, posting.SalaryCurrency, posting.SalaryPeriod));
        Assert.Equal(110_000d, posting.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_StructuredSalaryWithoutCurrencyOrPeriod_IsUsdPerYear()
    {
        var posting = Normalize(Raw() with { SalaryMin = 90_000m });

        Assert.Equal((90_000d, (double?)null, "USD", SalaryPeriod.Year), (posting.SalaryMin, posting.SalaryMax, posting.SalaryCurrency, posting.SalaryPeriod));
    }

    [Fact]
    public void Normalize_StructuredZeros_AreUnknownSoTheSalaryTextIsRead()
    {
        var posting = Normalize(Raw() with { SalaryMin = 0m, SalaryMax = 0m, SalaryText = "$75k - $105k" });

        Assert.Equal((75_000d, 105_000d), (posting.SalaryMin, posting.SalaryMax));
    }

    [Fact]
    public void Normalize_SalaryText_IsParsed()
    {
        var posting = Normalize(Raw() with { SalaryText = "€60.000–80.000" });

        Assert.Equal((60_000d, 80_000d, "EUR", SalaryPeriod.Year), (posting.SalaryMin, posting.SalaryMax, posting.SalaryCurrency, posting.SalaryPeriod));
    }

    [Fact]
    public void Normalize_SalaryTextWins_OverTheDescription()
    {
        var posting = Normalize(Raw() with { SalaryText = "$75k - $105k", DescriptionText = "Compensation: $200,000 - $250,000 per year." });

        Assert.Equal((75_000d, 105_000d), (posting.SalaryMin, posting.SalaryMax));
    }

    [Fact]
    public void Normalize_SalaryOnlyInTheDescription_IsFound()
    {
        var posting = Normalize(Raw() with { DescriptionHtml = "<p>Great team.</p><p>The salary for this role is $120,000 - $140,000 per year.</p>" });

        Assert.Equal((120_000d, 140_000d, "USD"), (posting.SalaryMin, posting.SalaryMax, posting.SalaryCurrency));
        Assert.Equal(130_000d, posting.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_NoSalaryAnywhere_LeavesSalaryEmpty()
    {
        var posting = Normalize(Raw() with { DescriptionText = "5+ years of experience, 401(k) plan." });

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_HourlyRate_IsAnnualisedInUsd()
    {
        var posting = Normalize(Raw() with { SalaryText = "$50/hour" });

        Assert.Equal(SalaryPeriod.Hour, posting.SalaryPeriod);
        Assert.Equal(104_000d, posting.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_MonthlyStructuredSalary_IsAnnualisedInUsd()
    {
        var posting = Normalize(Raw() with { SalaryMin = 5_000m, SalaryPeriod = SalaryPeriod.Month });

        Assert.Equal(60_000d, posting.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_SameRoleSpelledDifferently_GivesTheSameDedupKey()
    {
        var greenhouse = Normalize(Raw() with { Company = "Acme, Inc.", Title = "Sr. Software Engineer", Location = "Berlin" });
        var lever = Normalize(Raw() with { ExternalId = "lever-7", Company = "ACME Inc", Title = "senior software engineer!", Location = "Berlin, Germany" });

        Assert.Equal(greenhouse.DedupKey, lever.DedupKey);
    }

    [Fact]
    public void Normalize_RemoteRolesInDifferentRemoteSpellings_GiveTheSameDedupKey()
    {
        var first = Normalize(Raw() with { Location = "Remote - US" });
        var second = Normalize(Raw() with { Location = "Anywhere", Workplace = WorkplaceType.Remote });

        Assert.Equal(first.DedupKey, second.DedupKey);
    }

    [Theory]
    [InlineData("Other Corp", "Backend Engineer", "Berlin")]
    [InlineData("Acme", "Frontend Engineer", "Berlin")]
    [InlineData("Acme", "Backend Engineer", "Munich")]
    public void Normalize_DifferentCompanyTitleOrPlace_GivesAnotherDedupKey(string company, string title, string location)
    {
        var original = Normalize(Raw() with { Company = "Acme", Title = "Backend Engineer", Location = "Berlin" });

        var other = Normalize(Raw() with { Company = company, Title = title, Location = location });

        Assert.NotEqual(original.DedupKey, other.DedupKey);
    }

    [Fact]
    public void Normalize_KnownHashUnchanged_MarksContentUnchangedAndSkipsDescriptionAndSalary()
    {
        var raw = Raw() with { DescriptionHtml = "<p>Pay: $120,000 - $140,000 per year</p>", SalaryText = "$75k - $105k" };
        var first = Normalize(raw);

        var again = _normalizer.Normalize(raw, "acme", new Dictionary<string, long> { [first.ExternalId] = first.ContentHash })!;

        Assert.True(again.ContentUnchanged);
        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.Null(again.DescriptionHtml);
        Assert.Null(again.DescriptionText);
        Assert.Null(again.SalaryMin);
        Assert.Null(again.SalaryAnnualUsd);
    }

    [Fact]
    public void Normalize_KnownHashUnchanged_StillGivesTheIdentityAndListingFields()
    {
        var raw = Raw() with { Location = "Berlin" };
        var first = Normalize(raw);

        var again = _normalizer.Normalize(raw, "acme", new Dictionary<string, long> { [first.ExternalId] = first.ContentHash })!;

        Assert.Equal((first.ExternalId, first.DedupKey, first.Title, first.Company, first.Url), (again.ExternalId, again.DedupKey, again.Title, again.Company, again.Url));
    }

    [Fact]
    public void Normalize_ExternalIdWithSpaces_IsTrimmedAndMatchesItsKnownHash()
    {
        var first = Normalize(Raw() with { ExternalId = "gh-1" });

        var again = _normalizer.Normalize(Raw() with { ExternalId = "  gh-1 " }, "acme", new Dictionary<string, long> { ["gh-1"] = first.ContentHash })!;

        Assert.Equal("gh-1", again.ExternalId);
        Assert.True(again.ContentUnchanged);
    }

    [Fact]
    public void Normalize_KnownHashDiffers_NormalisesEverything()
    {
        var raw = Raw() with { DescriptionHtml = "<p>Hello</p>", SalaryText = "$75k" };

        var posting = _normalizer.Normalize(raw, "acme", new Dictionary<string, long> { [raw.ExternalId] = 12345 })!;

        Assert.False(posting.ContentUnchanged);
        Assert.Equal("<p>Hello</p>", posting.DescriptionHtml);
        Assert.Equal(75_000d, posting.SalaryMin);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("salary")]
    [InlineData("url")]
    public void Normalize_ChangedContent_ChangesTheHash(string field)
    {
        var raw = Raw() with { DescriptionHtml = "<p>Hello</p>", SalaryText = "$75k" };
        var changed = field switch
        {
            "title" => raw with { Title = "Another title" },
            "description" => raw with { DescriptionHtml = "<p>Hello!</p>" },
            "salary" => raw with { SalaryText = "$80k" },
            _ => raw with { Url = "https://example.com/jobs/other" },
        };

        Assert.NotEqual(Normalize(raw).ContentHash, Normalize(changed).ContentHash);
    }

    [Fact]
    public void Normalize_OnlyTheLocationListChanged_ChangesTheHash()
    {
        var before = Raw() with { Location = "Berlin", Locations = ["Berlin"] };
        var after = before with { Locations = ["Berlin", "Munich"] };

        Assert.NotEqual(Normalize(before).ContentHash, Normalize(after).ContentHash);
    }

    [Fact]
    public void Normalize_NoPostedDate_UsesTheUpdatedDate()
    {
        var updated = new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

        var posting = Normalize(Raw() with { PostedAt = null, UpdatedAt = updated });

        Assert.Equal(updated, posting.PostedAt);
        Assert.Equal(updated, posting.BoardUpdatedAt);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public void NormalizeAll_ManyPostings_KeepsTheirOrderAndDropsUntitledOnes(int count)
    {
        var raw = Enumerable.Range(0, count)
            .Select(i => Raw() with { ExternalId = $"id-{i}", Title = i % 7 == 3 ? " " : $"Engineer {i}" })
            .ToList();

        var postings = _normalizer.NormalizeAll(raw, "acme", NoKnownHashes, TestContext.Current.CancellationToken);

        var expected = Enumerable.Range(0, count).Where(i => i % 7 != 3).Select(i => $"id-{i}").ToList();
        Assert.Equal(expected, postings.Select(p => p.ExternalId));
        Assert.All(postings, p => Assert.Equal("Engineer " + p.ExternalId["id-".Length..], p.Title));
    }

    [Fact]
    public void NormalizeAll_ManyPostings_SkipsOnlyTheUnchangedOnes()
    {
        var raw = Enumerable.Range(0, 200).Select(i => Raw() with { ExternalId = $"id-{i}", Title = $"Engineer {i}" }).ToList();
        var known = raw.Where((_, i) => i % 2 == 0).ToDictionary(r => r.ExternalId, r => Normalize(r).ContentHash);

        var postings = _normalizer.NormalizeAll(raw, "acme", known, TestContext.Current.CancellationToken);

        Assert.All(postings, p => Assert.Equal(known.ContainsKey(p.ExternalId), p.ContentUnchanged));
    }

    [Fact]
    public async Task NormalizeBatchesAsync_BatchesReadAsTheyAreTaken_KeepTheirOrderAndDropUntitledOnes()
    {
        var read = 0;
        IEnumerable<RawPosting[]> Batches()
        {
            for (var batch = 0; batch < 5; batch++)
            {
                read++;
                yield return [.. Enumerable.Range(batch * 100, 100).Select(i => Raw() with { ExternalId = $"id-{i}", Title = i % 7 == 3 ? "" : $"Engineer {i}" })];
            }
        }

        List<string> ids = [];
        await foreach (var batch in _normalizer.NormalizeBatchesAsync(Batches(), "acme", NoKnownHashes, TestContext.Current.CancellationToken))
        {
            ids.AddRange(batch.Select(p => p.ExternalId));
        }

        Assert.Equal(5, read);
        Assert.Equal(Enumerable.Range(0, 500).Where(i => i % 7 != 3).Select(i => $"id-{i}"), ids);
    }

    [Fact]
    public async Task NormalizeBatchesAsync_ReadingABatchFails_TheConsumerGetsThatError()
    {
        IEnumerable<RawPosting[]> Batches()
        {
            yield return [Raw()];
            throw new SourceFormatException("The board's answer broke off.");
        }

        var error = await Assert.ThrowsAsync<SourceFormatException>(async () =>
        {
            await foreach (var _ in _normalizer.NormalizeBatchesAsync(Batches(), "acme", NoKnownHashes, TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Equal("The board's answer broke off.", error.Message);
    }

    private NormalizedPosting Normalize(RawPosting raw) => _normalizer.Normalize(raw, "acme", NoKnownHashes)!;

    private static RawPosting Raw() => new()
    {
        ExternalId = "gh-1",
        Title = "Backend Engineer",
        Company = "Acme",
        Location = "Berlin",
        Url = "https://boards.greenhouse.io/acme/jobs/1",
    };
}
