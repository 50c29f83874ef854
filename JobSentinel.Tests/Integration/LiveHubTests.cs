using JobSentinel.Core.Live;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration;

public sealed class LiveHubTests
{
    [Fact]
    public async Task Hub_WithApiKey_ReceivesTypedEvents()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        await using var connection = Connect(factory, JobSentinelFactory.ApiKey);
        var received = new TaskCompletionSource<WorkItemChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<WorkItemChanged>(WorkItemChanged.TypeName, e => received.TrySetResult(e));
        await connection.StartAsync(TestContext.Current.CancellationToken);

        factory.Services.GetRequiredService<LiveEventNotifier>().Publish(new WorkItemChanged(42, "evaluation", "completed", null));

        var evt = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(42, evt.Id);
        Assert.Equal("completed", evt.Status);
        Assert.NotEqual(default, evt.At);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("jsk_wrong")]
    public async Task Hub_WithoutValidCredentials_RefusesTheConnection(string? key)
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        await using var connection = Connect(factory, key);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private static HubConnection Connect(JobSentinelFactory factory, string? key) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, EventsHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (key is not null)
                {
                    options.Headers["X-API-Key"] = key;
                }
            })
            .Build();
}
