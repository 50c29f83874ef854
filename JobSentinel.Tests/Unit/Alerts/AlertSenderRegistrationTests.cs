using JobSentinel.Core.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class AlertSenderRegistrationTests
{
    [Fact]
    public void AddAlertSenders_RegistersOneSenderPerChannelType()
    {
        using var provider = new ServiceCollection().AddAlertSenders().BuildServiceProvider();

        var types = provider.GetServices<IAlertSender>().Select(sender => sender.Type).Order();

        Assert.Equal(Enum.GetValues<AlertChannelType>().Order(), types);
    }

    [Fact]
    public void AddAlertSenders_SendersAreSingletons()
    {
        using var provider = new ServiceCollection().AddAlertSenders().BuildServiceProvider();

        Assert.Equal(provider.GetServices<IAlertSender>(), provider.GetServices<IAlertSender>());
    }

    [Fact]
    public void AddAlertSenders_AlertsClient_HasTenSecondTimeoutAndUserAgent()
    {
        using var provider = new ServiceCollection().AddAlertSenders().BuildServiceProvider();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(AlertHttp.ClientName);

        Assert.Equal(TimeSpan.FromSeconds(10), client.Timeout);
        Assert.Equal("JobSentinel/1.0 (+self-hosted job alerts)", client.DefaultRequestHeaders.UserAgent.ToString());
    }
}
