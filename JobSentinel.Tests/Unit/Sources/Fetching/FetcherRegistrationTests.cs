using System.Net;
using System.Net.Http.Headers;
using JobSentinel.Core.Sources.Fetching;
using Polly;
using Polly.Timeout;

namespace JobSentinel.Tests.Unit.Sources.Fetching;

public sealed class FetcherRegistrationTests
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    [Fact]
    public void IsRetryable_NetworkError_IsTrue()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));

        Assert.True(FetcherRegistration.IsRetryable(outcome, MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_PerAttemptTimeout_IsTrue()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());

        Assert.True(FetcherRegistration.IsRetryable(outcome, MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_OtherException_IsFalse()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new InvalidOperationException("bug"));

        Assert.False(FetcherRegistration.IsRetryable(outcome, MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_Cancellation_IsFalse()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new OperationCanceledException());

        Assert.False(FetcherRegistration.IsRetryable(outcome, MaxRetryAfter));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void IsRetryable_TransientStatus_IsTrue(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.True(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NotModified)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Gone)]
    public void IsRetryable_SuccessOrClientError_IsFalse(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.False(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_TooManyRequestsWithoutRetryAfter_IsTrue()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.True(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(60)]
    public void IsRetryable_TooManyRequestsWithRetryAfterWithinTheCap_IsTrue(int seconds)
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds)));

        Assert.True(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Theory]
    [InlineData(61)]
    [InlineData(3600)]
    public void IsRetryable_TooManyRequestsWithRetryAfterBeyondTheCap_IsFalse(int seconds)
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds)));

        Assert.False(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_TooManyRequestsWithRetryAfterDateSoon_IsTrue()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(10)));

        Assert.True(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    [Fact]
    public void IsRetryable_TooManyRequestsWithRetryAfterDateHoursAway_IsFalse()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(2)));

        Assert.False(FetcherRegistration.IsRetryable(Outcome.FromResult(response), MaxRetryAfter));
    }

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
