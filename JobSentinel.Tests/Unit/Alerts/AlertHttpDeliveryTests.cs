using System.Net;
using System.Net.Http.Headers;
using JobSentinel.Core.Alerts;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class AlertHttpDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_DeltaSeconds_IsThatWait()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), AlertHttpDelivery.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThen()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(Now.AddSeconds(90)));

        Assert.Equal(TimeSpan.FromSeconds(90), AlertHttpDelivery.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_DateInThePast_IsNoWait()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(Now.AddMinutes(-5)));

        Assert.Equal(TimeSpan.Zero, AlertHttpDelivery.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_NoHeader_IsNull()
    {
        using var response = TooManyRequests(null);

        Assert.Null(AlertHttpDelivery.RetryAfter(response, Now));
    }

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
