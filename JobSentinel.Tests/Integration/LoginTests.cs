using System.Net;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobSentinel.Tests.Integration;

public sealed class LoginTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Security:LoginAttemptsPerMinute"] = "4",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    private HttpClient Browser() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/jobs")]
    [InlineData("/settings")]
    public async Task Pages_WithoutSession_RedirectToLoginWithReturnUrl(string path)
    {
        using var client = Browser();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_CorrectPassword_RedirectsToReturnUrlAndOpensTheUi()
    {
        using var client = Browser();

        using var response = await BrowserlessLogin.PostLoginAsync(client, "admin", JobSentinelFactory.AdminPassword, "/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings", new Uri(client.BaseAddress!, response.Headers.Location!).PathAndQuery);
        var page = await client.GetStringAsync("/settings", TestContext.Current.CancellationToken);
        Assert.Contains("API keys", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401WithAMessageAndAudited()
    {
        using var client = Browser();

        using var response = await BrowserlessLogin.PostLoginAsync(client, "admin", "not the password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The user name or password is not correct.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var api = _factory.CreateApiClient();
        var audit = await api.GetStringAsync("/api/v1/admin/audit?kind=login.failed", TestContext.Current.CancellationToken);
        Assert.Contains("wrong password", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_GoesToTheDashboardInstead()
    {
        using var client = Browser();

        using var response = await BrowserlessLogin.PostLoginAsync(client, "admin", JobSentinelFactory.AdminPassword, "https://evil.example/phish");

        Assert.Equal(client.BaseAddress!.Host, new Uri(client.BaseAddress!, response.Headers.Location!).Host);
        Assert.Equal("/", new Uri(client.BaseAddress!, response.Headers.Location!).PathAndQuery);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = Browser();

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "admin",
            ["Input.Password"] = JobSentinelFactory.AdminPassword,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Login_TooManyAttempts_Is429WithRetryAfterAndAudited()
    {
        using var client = Browser();
        for (var i = 0; i < 4; i++)
        {
            using var attempt = await BrowserlessLogin.PostLoginAsync(client, "admin", "guess " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await BrowserlessLogin.PostLoginAsync(client, "admin", JobSentinelFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var api = _factory.CreateApiClient();
        Assert.Contains("login.rateLimited", await api.GetStringAsync("/api/v1/admin/audit?kind=login.rateLimited", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var metrics = await api.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("rate_limit_rejections_total{policy=\"login\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = Browser();
        await BrowserlessLogin.SignInAsync(client, JobSentinelFactory.AdminPassword);
        var settings = await client.GetStringAsync("/settings", TestContext.Current.CancellationToken);

        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserlessLogin.AntiforgeryToken(settings),
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync("/settings", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions()
    {
        using var first = Browser();
        using var second = Browser();
        await BrowserlessLogin.SignInAsync(first, JobSentinelFactory.AdminPassword);
        await BrowserlessLogin.SignInAsync(second, JobSentinelFactory.AdminPassword);
        var form = await first.GetStringAsync("/account/change-password", TestContext.Current.CancellationToken);

        using var change = await first.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = BrowserlessLogin.AntiforgeryToken(form),
            ["Input.CurrentPassword"] = JobSentinelFactory.AdminPassword,
            ["Input.NewPassword"] = "a completely new password",
            ["Input.ConfirmPassword"] = "a completely new password",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/settings", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/settings", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_Mismatch_ShowsTheProblemAndKeepsThePassword()
    {
        using var client = Browser();
        await BrowserlessLogin.SignInAsync(client, JobSentinelFactory.AdminPassword);
        var form = await client.GetStringAsync("/account/change-password", TestContext.Current.CancellationToken);

        using var change = await client.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = BrowserlessLogin.AntiforgeryToken(form),
            ["Input.CurrentPassword"] = JobSentinelFactory.AdminPassword,
            ["Input.NewPassword"] = "a completely new password",
            ["Input.ConfirmPassword"] = "something else entirely",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("does not match", await change.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var again = Browser();
        await BrowserlessLogin.SignInAsync(again, JobSentinelFactory.AdminPassword);
    }

    [Fact]
    public async Task HangfireDashboard_RequiresTheAdminSession()
    {
        using var anonymous = Browser();
        using var redirected = await anonymous.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var withKeyOnly = _factory.CreateApiClient();
        Assert.NotEqual(HttpStatusCode.OK, (await withKeyOnly.GetAsync("/hangfire", TestContext.Current.CancellationToken)).StatusCode);

        using var admin = Browser();
        await BrowserlessLogin.SignInAsync(admin, JobSentinelFactory.AdminPassword);
        using var dashboard = await admin.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("JobSentinel background work", await dashboard.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_InABrowser_IsA404Page()
    {
        using var client = Browser();
        await BrowserlessLogin.SignInAsync(client, JobSentinelFactory.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
