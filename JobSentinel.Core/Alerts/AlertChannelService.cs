using System.Net.Mail;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Security;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Alert channels: validated, with their URL, secret and SMTP password stored protected (data
/// protection) and only ever shown masked; "Send test" delivers a sample at once.
/// </summary>
public sealed partial class AlertChannelService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ISecretProtector protector,
    IEnumerable<IAlertSender> senders,
    AlertSignal signal,
    AuditLog auditLog,
    JobSentinelMetrics metrics,
    TimeProvider timeProvider,
    ILogger<AlertChannelService> logger)
{
    public const string Mask = SourceOptionsCodec.Mask;
    public const int MaxNameLength = 100;

    public async Task<IReadOnlyList<AlertChannelView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channels = await context.AlertChannels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return await ViewsAsync(context, channels, cancellationToken);
    }

    public async Task<AlertChannelView?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channel = await context.AlertChannels.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return channel is null ? null : (await ViewsAsync(context, [channel], cancellationToken))[0];
    }

    public async Task<SaveResult<AlertChannelView>> CreateAsync(AlertChannelDraft draft, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var channel = new AlertChannel { Name = "", CreatedAt = now, UpdatedAt = now };
        var errors = await ApplyAsync(context, channel, draft, creating: true, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveResult<AlertChannelView>.Invalid(errors);
        }

        context.AlertChannels.Add(channel);
        await context.SaveChangesAsync(cancellationToken);
        metrics.TrackChannel(channel.Name);
        await auditLog.WriteAsync(AuditKinds.AlertChannelChanged, actor, null, $"alert channel {channel.Id} '{channel.Name}' ({Lower(channel.Type)}) created", cancellationToken);
        signal.Set();
        return SaveResult<AlertChannelView>.Saved((await ViewsAsync(context, [channel], cancellationToken))[0]);
    }

    public async Task<SaveResult<AlertChannelView>> UpdateAsync(int id, AlertChannelDraft changes, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channel = await context.AlertChannels.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return SaveResult<AlertChannelView>.Missing;
        }

        var (previousName, previousDigest) = (channel.Name, (channel.DigestEnabled, channel.DigestTime, channel.TimeZone));
        var errors = await ApplyAsync(context, channel, changes, creating: false, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveResult<AlertChannelView>.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        channel.UpdatedAt = now;
        if (previousDigest != (channel.DigestEnabled, channel.DigestTime, channel.TimeZone))
        {
            // A moved digest starts from its next time (no catch-up digest at once).
            channel.LastDigestAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        if (!channel.DigestEnabled)
        {
            // Without a digest, its queued alerts would wait for ever.
            await context.Alerts.Where(a => a.ChannelId == id && a.Kind == AlertKind.Digest && a.Status == AlertStatus.Pending)
                .ExecuteDeleteAsync(cancellationToken);
        }

        if (previousName != channel.Name)
        {
            metrics.ForgetChannel(previousName);
            metrics.TrackChannel(channel.Name);
        }

        await auditLog.WriteAsync(AuditKinds.AlertChannelChanged, actor, null, $"alert channel {id} '{channel.Name}' updated", cancellationToken);
        signal.Set();
        return SaveResult<AlertChannelView>.Saved((await ViewsAsync(context, [channel], cancellationToken))[0]);
    }

    public async Task<bool> DeleteAsync(int id, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channel = await context.AlertChannels.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return false;
        }

        context.AlertChannels.Remove(channel);
        await context.SaveChangesAsync(cancellationToken);
        metrics.ForgetChannel(channel.Name);
        await auditLog.WriteAsync(AuditKinds.AlertChannelChanged, actor, null, $"alert channel {id} '{channel.Name}' deleted with its alerts", cancellationToken);
        return true;
    }

    /// <summary>Holds the channel's alerts until <paramref name="until"/> (null ends the snooze); they go out afterwards.</summary>
    public async Task<AlertChannelView?> SnoozeAsync(int id, DateTime? until, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channel = await context.AlertChannels.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return null;
        }

        channel.SnoozedUntil = until;
        await context.SaveChangesAsync(cancellationToken);
        signal.Set();
        return (await ViewsAsync(context, [channel], cancellationToken))[0];
    }

    /// <summary>Sends a sample alert now, bypassing the outbox, quiet hours and snooze.</summary>
    public async Task<DeliveryResult?> SendTestAsync(int id, string publicUrl, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channel = await context.AlertChannels.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return null;
        }

        var sample = new AlertItem(0, "Senior Platform Engineer (test alert)", "JobSentinel", "Remote", 0.93,
            ["matched: kubernetes, go", "remote", "salary 180k ≥ target 160k"], null, publicUrl.TrimEnd('/') + "/jobs", "USD 170,000–190,000 / year");
        var result = await SendAsync(channel, new AlertMessage(channel.Name, AlertMessageKind.Test, [sample], 0, "Default"), cancellationToken);
        LogTestSent(logger, channel.Name, result.Outcome, result.Error ?? "");
        return result;
    }

    /// <summary>Delivers a message over the channel's sender (the dispatcher's path too).</summary>
    public async Task<DeliveryResult> SendAsync(AlertChannel channel, AlertMessage message, CancellationToken cancellationToken)
    {
        var sender = senders.FirstOrDefault(s => s.Type == channel.Type);
        if (sender is null)
        {
            return new DeliveryResult(DeliveryOutcome.Permanent, $"No sender handles {Lower(channel.Type)} channels.");
        }

        if (Target(channel) is not { } target)
        {
            return new DeliveryResult(DeliveryOutcome.Permanent,
                "The channel's stored address cannot be decrypted (the data-protection keys changed): enter it again.");
        }

        return await sender.SendAsync(target, message, cancellationToken);
    }

    private ChannelTarget? Target(AlertChannel channel)
    {
        var url = channel.UrlProtected is null ? null : protector.Unprotect(channel.UrlProtected);
        var secret = channel.SecretProtected is null ? null : protector.Unprotect(channel.SecretProtected);
        var smtp = channel.SmtpProtected is null ? null : protector.Unprotect(channel.SmtpProtected) is { } json
            ? JsonSerializer.Deserialize<SmtpSettings>(json)
            : null;
        var missing = (channel.UrlProtected is not null && url is null) || (channel.SecretProtected is not null && secret is null)
            || (channel.SmtpProtected is not null && smtp is null);
        return missing ? null : new ChannelTarget(channel.Type, url, secret, smtp);
    }

    private async Task<Dictionary<string, string[]>> ApplyAsync(
        JobSentinelDbContext context, AlertChannel channel, AlertChannelDraft draft, bool creating, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        if (draft.Name is not null || creating)
        {
            var name = draft.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors["name"] = ["A name is required."];
            }
            else if (name.Length > MaxNameLength)
            {
                errors["name"] = [$"The name must be at most {MaxNameLength} characters."];
            }
            else if (await context.AlertChannels.AnyAsync(c => c.Id != channel.Id && c.Name.ToLower() == name.ToLower(), cancellationToken))
            {
                errors["name"] = [$"A channel named '{name}' exists already."];
            }
            else
            {
                channel.Name = name;
            }
        }

        if (draft.Type is not null || creating)
        {
            if (!Enum.TryParse<AlertChannelType>(draft.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(draft.Type, out _))
            {
                errors["type"] = ["type must be one of slack, webhook, email, discord, teams."];
            }
            else if (!creating && type != channel.Type)
            {
                errors["type"] = ["The type of a channel cannot change: add a new channel instead."];
            }
            else
            {
                channel.Type = type;
            }
        }

        if (errors.ContainsKey("type"))
        {
            return errors;
        }

        if (channel.Type == AlertChannelType.Email)
        {
            ApplySmtp(channel, draft.Smtp, errors);
        }
        else if (draft.Url is not null && draft.Url != MaskedUrl(channel))
        {
            if (UrlSafety.Check(draft.Url.Trim()) is { } problem)
            {
                errors["url"] = [$"The URL {problem}"];
            }
            else
            {
                channel.UrlProtected = protector.Protect(draft.Url.Trim());
            }
        }
        else if (channel.UrlProtected is null)
        {
            errors["url"] = ["The channel's webhook URL is required."];
        }

        if (draft.Secret is not null && draft.Secret != Mask)
        {
            if (channel.Type != AlertChannelType.Webhook && draft.Secret.Length > 0)
            {
                errors["secret"] = ["Only JSON webhooks are signed with a secret."];
            }
            else if (draft.Secret.Length > 500)
            {
                errors["secret"] = ["The secret must be at most 500 characters."];
            }
            else
            {
                channel.SecretProtected = draft.Secret.Length == 0 ? null : protector.Protect(draft.Secret);
            }
        }

        if (draft.MinScore is { } minScore)
        {
            if (minScore > 1 || !double.IsFinite(minScore))
            {
                errors["minScore"] = ["minScore must be between 0 and 1."];
            }
            else
            {
                channel.MinScore = minScore < 0 ? null : minScore;
            }
        }

        if (draft.ProfileId is { } profileId)
        {
            if (profileId != 0 && !await context.Profiles.AnyAsync(p => p.Id == profileId, cancellationToken))
            {
                errors["profileId"] = [$"There is no profile with id {profileId}."];
            }
            else
            {
                channel.ProfileId = profileId == 0 ? null : profileId;
            }
        }

        channel.Enabled = draft.Enabled ?? channel.Enabled;
        channel.DigestEnabled = draft.DigestEnabled ?? channel.DigestEnabled;
        if (draft.DigestTime is { } digestTime)
        {
            if (LocalTimes.TryParseTime(digestTime, out _))
            {
                channel.DigestTime = digestTime.Trim();
            }
            else
            {
                errors["digestTime"] = ["digestTime must be a time such as 08:00."];
            }
        }

        if (draft.QuietHours is { } quiet)
        {
            if (quiet.Trim().Length == 0)
            {
                channel.QuietHours = null;
            }
            else if (LocalTimes.TryParseWindow(quiet, out _, out _))
            {
                channel.QuietHours = quiet.Replace(" ", "", StringComparison.Ordinal);
            }
            else
            {
                errors["quietHours"] = ["quietHours must look like 22:00-07:00 (start and end differ)."];
            }
        }

        if (draft.TimeZone is { } zone)
        {
            if (LocalTimes.FindZone(zone) is null)
            {
                errors["timeZone"] = [$"'{zone}' is not a known time zone (use an IANA id such as Europe/Berlin)."];
            }
            else
            {
                channel.TimeZone = zone.Trim();
            }
        }

        return errors;
    }

    private void ApplySmtp(AlertChannel channel, SmtpDraft? draft, Dictionary<string, string[]> errors)
    {
        var stored = channel.SmtpProtected is null ? null : protector.Unprotect(channel.SmtpProtected) is { } json
            ? JsonSerializer.Deserialize<SmtpSettings>(json)
            : null;
        if (draft is null)
        {
            if (stored is null)
            {
                errors["smtp"] = ["Email channels need smtp settings (host, port, from, to)."];
            }

            return;
        }

        var host = draft.Host?.Trim() ?? stored?.Host;
        var port = draft.Port ?? stored?.Port ?? 587;
        var user = draft.UserName is null ? stored?.UserName : Blank(draft.UserName);
        var password = draft.Password is null || draft.Password == Mask ? stored?.Password : Blank(draft.Password);
        var from = draft.From?.Trim() ?? stored?.From;
        var to = draft.To?.Select(t => t.Trim()).Where(t => t.Length > 0).ToList() ?? stored?.To.ToList() ?? [];
        var security = SmtpSecurity.Auto;
        if (draft.Security is not null && (!Enum.TryParse(draft.Security, ignoreCase: true, out security) || !Enum.IsDefined(security) || int.TryParse(draft.Security, out _)))
        {
            errors["smtp.security"] = ["smtp.security must be auto, none, startTls or sslOnConnect."];
        }
        else if (draft.Security is null)
        {
            security = stored?.Security ?? SmtpSecurity.Auto;
        }

        if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            errors["smtp.host"] = ["smtp.host must be a host name or address."];
        }
        else if (UrlSafety.CheckHost(host) is { } hostProblem)
        {
            errors["smtp.host"] = [$"smtp.host {hostProblem}"];
        }

        if (port is < 1 or > 65535)
        {
            errors["smtp.port"] = ["smtp.port must be between 1 and 65535."];
        }

        if (!IsEmail(from))
        {
            errors["smtp.from"] = ["smtp.from must be an email address."];
        }

        if (to.Count == 0 || to.Count > 20 || !to.All(IsEmail))
        {
            errors["smtp.to"] = ["smtp.to must list 1 to 20 email addresses."];
        }

        if (!errors.Keys.Any(k => k.StartsWith("smtp", StringComparison.Ordinal)))
        {
            channel.SmtpProtected = protector.Protect(JsonSerializer.Serialize(new SmtpSettings(host!, port, user, password, from!, to, security)));
        }
    }

    private async Task<IReadOnlyList<AlertChannelView>> ViewsAsync(JobSentinelDbContext context, IReadOnlyList<AlertChannel> channels, CancellationToken cancellationToken)
    {
        var ids = channels.Select(c => c.Id).ToList();
        var counts = await context.Alerts.AsNoTracking()
            .Where(a => ids.Contains(a.ChannelId) && (a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending || a.Status == AlertStatus.Failed))
            .GroupBy(a => new { a.ChannelId, Failed = a.Status == AlertStatus.Failed })
            .Select(g => new { g.Key.ChannelId, g.Key.Failed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. channels.Select(c =>
        {
            var smtp = c.SmtpProtected is null ? null : protector.Unprotect(c.SmtpProtected) is { } json ? JsonSerializer.Deserialize<SmtpSettings>(json) : null;
            return new AlertChannelView(
                c.Id, c.Name, Lower(c.Type), MaskedUrl(c), c.SecretProtected is null ? null : Mask, c.MinScore, c.ProfileId, c.Enabled,
                c.DigestEnabled, c.DigestTime, c.QuietHours, c.TimeZone, c.SnoozedUntil,
                smtp is null ? null : new SmtpView(smtp.Host, smtp.Port, smtp.UserName, smtp.Password is null ? null : Mask, smtp.From, smtp.To,
                    System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(smtp.Security.ToString())),
                c.LastDeliveredAt, c.LastError,
                counts.Where(x => x.ChannelId == c.Id && !x.Failed).Sum(x => x.Count),
                counts.Where(x => x.ChannelId == c.Id && x.Failed).Sum(x => x.Count));
        })];
    }

    // Scheme and host only: the path of a webhook URL is its token.
    private string? MaskedUrl(AlertChannel channel) =>
        channel.UrlProtected is not null && protector.Unprotect(channel.UrlProtected) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}/{Mask}"
            : channel.UrlProtected is null ? null : Mask;

    private static bool IsEmail(string? value) => !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    private static string? Blank(string value) => value.Trim().Length == 0 ? null : value;

    internal static string Lower(AlertChannelType type) => type.ToString().ToLowerInvariant();

    // The channel's name and the outcome only: the address is a secret.
    [LoggerMessage(Level = LogLevel.Information, Message = "Test alert to channel '{Channel}': {Outcome} {Error}")]
    private static partial void LogTestSent(ILogger logger, string channel, DeliveryOutcome outcome, string error);
}
