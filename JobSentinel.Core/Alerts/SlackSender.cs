namespace JobSentinel.Core.Alerts;

/// <summary>Posts to a Slack incoming webhook (Block Kit); Slack answers 200 "ok", or 4xx with a reason such as "invalid_token".</summary>
public sealed class SlackSender(HttpClient http, TimeProvider timeProvider) : IAlertSender
{
    private readonly AlertHttpDelivery _delivery = new(http, timeProvider);

    public AlertChannelType Type => AlertChannelType.Slack;

    public Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken) =>
        _delivery.PostAsync(target, SlackPayload.Build(message), configure: null, cancellationToken);
}
