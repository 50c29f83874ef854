namespace JobSentinel.Core.Alerts;

/// <summary>Posts to a Discord channel webhook (content and embeds); Discord answers 204 No Content.</summary>
public sealed class DiscordSender(HttpClient http, TimeProvider timeProvider) : IAlertSender
{
    private readonly AlertHttpDelivery _delivery = new(http, timeProvider);

    public AlertChannelType Type => AlertChannelType.Discord;

    public Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken) =>
        _delivery.PostAsync(target, DiscordPayload.Build(message), configure: null, cancellationToken);
}
