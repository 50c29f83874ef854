using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Features;
using JobSentinel.Core.Generation;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Integration.Generation;

/// <summary>The LLM gateway against fake OpenAI-compatible servers on 127.0.0.1, on a real SQLite file.</summary>
public sealed class LlmGatewayTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private FakeOpenAi _primary = null!;
    private FakeOpenAi _backup = null!;
    private ServiceProvider? _services;

    public async ValueTask InitializeAsync()
    {
        _primary = await FakeOpenAi.StartAsync();
        _backup = await FakeOpenAi.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _primary.DisposeAsync();
        await _backup.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<ITextGenerator> StartAsync(bool backup = true, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["JobSentinel:Llm:Primary:BaseUrl"] = _primary.BaseUrl,
            ["JobSentinel:Llm:Primary:Model"] = "gpt-test",
            ["JobSentinel:Llm:Primary:ApiKey"] = "sk-primary",
            ["JobSentinel:Llm:Primary:InputCostPer1M"] = "10",
            ["JobSentinel:Llm:Primary:OutputCostPer1M"] = "30",
            ["JobSentinel:Llm:TimeoutSeconds"] = "1",
        };
        if (backup)
        {
            settings["JobSentinel:Llm:Backup:BaseUrl"] = _backup.BaseUrl;
            settings["JobSentinel:Llm:Backup:Model"] = "gpt-backup";
        }

        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        _services = await CoreServices.BuildInitializedAsync(_directory.Path, settings, s => s.AddSingleton<TimeProvider>(_time));
        return _services.GetRequiredService<ITextGenerator>();
    }

    private static LlmRequest Request(string user = "Write a short summary.") => new("coverLetter", "You write cover letters.", user);

    private async Task<List<LlmCall>> CallsAsync()
    {
        await using var context = await _services!.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        return await context.LlmCalls.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    [Fact]
    public async Task GenerateAsync_PrimaryAnswers_ReturnsTextWithUsageAndCost_AndRecordsTheCall()
    {
        var generator = await StartAsync();
        _primary.Enqueue(FakeOpenAi.Reply("Dear team, ...", promptTokens: 1000, completionTokens: 200));
        var costBefore = _services!.GetRequiredService<JobSentinelMetrics>().LlmCostUsd.Value;

        var outcome = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal("Dear team, ...", outcome.Text);
        Assert.Equal("llm:primary (gpt-test)", outcome.Provider);
        Assert.Equal(1200, outcome.Tokens);
        Assert.Equal((1000 * 10 + 200 * 30) / 1_000_000d, outcome.CostUsd, 8);
        Assert.Null(outcome.FallbackReason);
        var chat = Assert.Single(_primary.Chats);
        Assert.Equal("gpt-test", chat.Model);
        Assert.Equal("Bearer sk-primary", chat.Authorization);
        Assert.Equal("You write cover letters.", chat.System);
        Assert.Equal("Write a short summary.", chat.User);
        Assert.Empty(_backup.Chats);
        var call = Assert.Single(await CallsAsync());
        Assert.Equal(("primary", "coverLetter", 1000, 200, true), (call.Provider, call.Purpose, call.PromptTokens, call.CompletionTokens, call.Succeeded));
        Assert.Equal(0.016, _services!.GetRequiredService<JobSentinelMetrics>().LlmCostUsd.Value - costBefore, 6);
    }

    [Fact]
    public async Task GenerateAsync_NoUsageReported_EstimatesTokensFromCharacters()
    {
        var generator = await StartAsync();
        _primary.Enqueue(FakeOpenAi.Reply(new string('x', 400), promptTokens: null, completionTokens: null));

        var outcome = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);

        var call = Assert.Single(await CallsAsync());
        Assert.Equal(100, call.CompletionTokens);
        Assert.Equal(LlmTextGenerator.EstimateTokens("You write cover letters.") + LlmTextGenerator.EstimateTokens("Write a short summary."), call.PromptTokens);
        Assert.Equal(call.PromptTokens + 100, outcome.Tokens);
    }

    [Fact]
    public async Task GenerateAsync_SameRequestTwice_SecondComesFromTheCacheWithoutHttpRequest()
    {
        var generator = await StartAsync();

        var first = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);
        var second = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);
        var other = await generator.GenerateAsync(Request("Something else."), TestContext.Current.CancellationToken);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal("cache (gpt-test)", second.Provider);
        Assert.Equal(0, second.CostUsd);
        Assert.Equal("llm:primary (gpt-test)", other.Provider);
        Assert.Equal(2, _primary.ChatCount);
        Assert.Equal(["primary", "cache", "primary"], (await CallsAsync()).Select(c => c.Provider));
    }

    public static TheoryData<string, string> PrimaryFailures => new()
    {
        { "429", "answered HTTP 429" },
        { "500", "answered HTTP 500" },
        { "timeout", "did not answer within 1 s" },
        { "malformed", "malformed JSON" },
        { "empty", "answered with an empty text" },
    };

    [Theory]
    [MemberData(nameof(PrimaryFailures))]
    public async Task GenerateAsync_PrimaryFails_BackupAnswers(string failure, string expectedError)
    {
        var generator = await StartAsync();
        _primary.Enqueue(failure switch
        {
            "429" => FakeOpenAi.Status(429),
            "500" => FakeOpenAi.Status(500),
            "timeout" => FakeOpenAi.Delay(TimeSpan.FromSeconds(10)),
            "malformed" => FakeOpenAi.Malformed(),
            _ => FakeOpenAi.Empty(),
        });
        _backup.Enqueue(FakeOpenAi.Reply("From the backup."));

        var outcome = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal("From the backup.", outcome.Text);
        Assert.Equal("llm:backup (gpt-backup)", outcome.Provider);
        Assert.Single(_primary.Chats);
        Assert.Equal("gpt-backup", Assert.Single(_backup.Chats).Model);
        var calls = await CallsAsync();
        Assert.Equal(["primary", "backup"], calls.Select(c => c.Provider));
        Assert.False(calls[0].Succeeded);
        Assert.Contains(expectedError, calls[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, calls[0].CostUsd);
    }

    [Fact]
    public async Task GenerateAsync_BothFail_NoTextAndTheReasonNamesEachFailure()
    {
        var generator = await StartAsync();
        _primary.Default = FakeOpenAi.Status(500);
        _backup.Default = FakeOpenAi.Status(429);

        var outcome = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Null(outcome.Text);
        Assert.Null(outcome.Provider);
        Assert.StartsWith("No LLM provider answered:", outcome.FallbackReason, StringComparison.Ordinal);
        Assert.Contains("the primary provider (gpt-test) answered HTTP 500", outcome.FallbackReason, StringComparison.Ordinal);
        Assert.Contains("the backup provider (gpt-backup) answered HTTP 429", outcome.FallbackReason, StringComparison.Ordinal);
        Assert.Equal(LlmTextGenerator.Sent("You write cover letters.", "Write a short summary."), outcome.Sent);
    }

    [Fact]
    public async Task GenerateAsync_ThreeFailuresInARow_OpenThePrimaryCircuit_ThenOneTrialAfterTheCoolDown()
    {
        var generator = await StartAsync(more: new() { ["JobSentinel:Llm:BreakerCoolDownMinutes"] = "5" });
        _primary.Default = FakeOpenAi.Status(500);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("llm:backup (gpt-backup)", (await generator.GenerateAsync(Request($"Request {i}"), TestContext.Current.CancellationToken)).Provider);
        }

        var skipped = await generator.GenerateAsync(Request("Request 3"), TestContext.Current.CancellationToken);
        var breaker = _services!.GetRequiredService<LlmCircuitBreakers>().Primary.View(_time.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(5));

        Assert.Equal(3, _primary.ChatCount);
        Assert.Equal("llm:backup (gpt-backup)", skipped.Provider);
        Assert.Equal("open", breaker.State);
        Assert.Equal(3, breaker.ConsecutiveFailures);

        _backup.Default = FakeOpenAi.Status(503);
        var bothDown = await generator.GenerateAsync(Request("Request 4"), TestContext.Current.CancellationToken);
        Assert.Contains("the primary provider (gpt-test) was skipped: its circuit is open", bothDown.FallbackReason, StringComparison.Ordinal);
        Assert.Equal(3, _primary.ChatCount);

        _time.Advance(TimeSpan.FromMinutes(5));
        _primary.Default = FakeOpenAi.Reply("Recovered.");
        var trial = await generator.GenerateAsync(Request("Request 5"), TestContext.Current.CancellationToken);

        Assert.Equal("llm:primary (gpt-test)", trial.Provider);
        Assert.Equal(4, _primary.ChatCount);
        Assert.Equal("closed", _services!.GetRequiredService<LlmCircuitBreakers>().Primary.View(_time.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(5)).State);
    }

    [Fact]
    public async Task GenerateAsync_MonthlyCapReached_MakesNoCall_UntilNextMonth()
    {
        var generator = await StartAsync(more: new() { ["JobSentinel:Llm:MonthlyCostCapUsd"] = "0.015" });
        _primary.Default = FakeOpenAi.Reply("Costly.", promptTokens: 1000, completionTokens: 200);

        var first = await generator.GenerateAsync(Request("one"), TestContext.Current.CancellationToken);
        var second = await generator.GenerateAsync(Request("two"), TestContext.Current.CancellationToken);
        var cached = await generator.GenerateAsync(Request("one"), TestContext.Current.CancellationToken);

        Assert.NotNull(first.Text);
        Assert.Null(second.Text);
        Assert.Contains("monthly LLM cost cap is reached", second.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("cache (gpt-test)", cached.Provider);
        Assert.Equal(1, _primary.ChatCount);

        _time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 0, 1, TimeSpan.Zero));
        var nextMonth = await generator.GenerateAsync(Request("two"), TestContext.Current.CancellationToken);
        Assert.Equal("llm:primary (gpt-test)", nextMonth.Provider);
    }

    [Fact]
    public async Task GenerateAsync_Redaction_TheProviderReceivesNoEmailPhoneOrUrl_AndSentIsWhatWasSent()
    {
        var generator = await StartAsync();
        var user = "Candidate: Ana Lima, ana.lima@example.com, +1 (415) 555-0134, https://linkedin.com/in/analima. Worked 2019 - 2023 at Acme on 12 services.";

        var outcome = await generator.GenerateAsync(new LlmRequest("outreach", "Contact me at recruiter@corp.example or 020 7946 0958.", user),
            TestContext.Current.CancellationToken);

        var chat = Assert.Single(_primary.Chats);
        Assert.DoesNotContain("@example.com", chat.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0134", chat.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("linkedin.com", chat.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", chat.Body, StringComparison.Ordinal);
        Assert.Equal("Candidate: Ana Lima, [email], [phone], [url]. Worked 2019 - 2023 at Acme on 12 services.", chat.User);
        Assert.Equal("Contact me at [email] or [phone].", chat.System);
        Assert.Equal(LlmTextGenerator.Sent(chat.System, chat.User), outcome.Sent);
    }

    [Fact]
    public async Task GenerateAsync_RedactionOff_SendsTheTextAsItIs()
    {
        var generator = await StartAsync(more: new() { ["JobSentinel:Llm:RedactContactDetails"] = "false" });

        await generator.GenerateAsync(Request("Mail ana@example.com"), TestContext.Current.CancellationToken);

        Assert.Equal("Mail ana@example.com", Assert.Single(_primary.Chats).User);
    }

    [Fact]
    public async Task GenerateAsync_LlmFlagOff_MakesNoCall()
    {
        var generator = await StartAsync();
        await _services!.GetRequiredService<FeatureFlags>().SetAsync(
            new Dictionary<string, (bool?, int?)> { [FeatureNames.Llm] = (false, null) }, null, "test", null, TestContext.Current.CancellationToken);

        var outcome = await generator.GenerateAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Null(outcome.Text);
        Assert.Equal("LLM use is turned off by the 'llm' feature flag.", outcome.FallbackReason);
        Assert.Equal(0, _primary.ChatCount);
        Assert.Empty(await CallsAsync());
    }

    [Fact]
    public async Task GenerateAsync_FlagAtPercentage_DecidesBySubject()
    {
        var generator = await StartAsync();
        await _services!.GetRequiredService<FeatureFlags>().SetAsync(
            new Dictionary<string, (bool?, int?)> { [FeatureNames.Llm] = (true, 50) }, null, "test", null, TestContext.Current.CancellationToken);

        var outcomes = new List<LlmOutcome>();
        for (var i = 0; i < 20; i++)
        {
            outcomes.Add(await generator.GenerateAsync(Request($"run {i}") with { Subject = $"run:{i}" }, TestContext.Current.CancellationToken));
        }

        var noSubject = await generator.GenerateAsync(Request("no subject"), TestContext.Current.CancellationToken);

        Assert.Contains(outcomes, o => o.Text is not null);
        Assert.Contains(outcomes, o => o.FallbackReason?.Contains("'llm' feature flag", StringComparison.Ordinal) == true);
        Assert.Null(noSubject.Text);
    }

    [Fact]
    public async Task GenerateAsync_NotConfigured_MakesNoCall()
    {
        _services = await CoreServices.BuildInitializedAsync(_directory.Path);
        var outcome = await _services.GetRequiredService<ITextGenerator>().GenerateAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Null(outcome.Text);
        Assert.Equal("No LLM provider is configured.", outcome.FallbackReason);
    }
}
