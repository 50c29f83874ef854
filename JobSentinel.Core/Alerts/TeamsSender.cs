namespace JobSentinel.Core.Alerts;

/// <summary>Posts an Adaptive Card to a Microsoft Teams incoming webhook or Workflows URL.</summary>
public sealed class TeamsSender(HttpClient http, TimeProvider timeProvider) : IAlertSender
{
    private readonly AlertHttpDelivery _delivery = new(http, timeProvider);

    public AlertChannelType Type => AlertChannelType.Teams;

    public Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken) =>
        _delivery.PostAsync(target, TeamsPayload.Build(message), configure: null, cancellationToken);
}
