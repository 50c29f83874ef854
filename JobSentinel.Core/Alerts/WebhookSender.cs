namespace JobSentinel.Core.Alerts;

/// <summary>
/// Posts the generic JSON payload to any URL, with the event kind in <c>X-JobSentinel-Event</c> and, when the
/// channel has a secret, the body's HMAC in <c>X-JobSentinel-Signature</c>, and the idempotency key in <c>X-JobSentinel-Delivery</c>.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider timeProvider) : IAlertSender
{
    private readonly AlertHttpDelivery _delivery = new(http, timeProvider);

    public AlertChannelType Type => AlertChannelType.Webhook;

    public Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken) =>
        _delivery.PostAsync(target, WebhookPayload.Build(message, timeProvider.GetUtcNow()), (request, body) =>
        {
            request.Headers.Add(WebhookSignature.EventHeaderName, WebhookPayload.EventName(message.Kind));
            if (message.DeliveryId is { } deliveryId)
            {
                request.Headers.Add(WebhookSignature.DeliveryHeaderName, deliveryId);
            }
            if (!string.IsNullOrEmpty(target.Secret))
            {
                request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(target.Secret, body));
            }
        }, cancellationToken);
}
