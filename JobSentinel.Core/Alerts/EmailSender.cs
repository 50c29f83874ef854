using System.Globalization;
using System.Net;
using System.Net.Sockets;
using JobSentinel.Core.Sources;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Sends alerts by SMTP (MailKit) as multipart/alternative text and HTML. 4xx answers, network errors and
/// timeouts are worth retrying; 5xx answers, refused credentials and bad settings are not.
/// </summary>
public sealed class EmailSender(TimeProvider timeProvider) : IAlertSender
{
    /// <summary>The limit for each stage (connect, authenticate, send) and for every single read or write.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private const int MaxServerTextChars = 200;

    private readonly TimeSpan _timeout = DefaultTimeout;

    internal EmailSender(TimeProvider timeProvider, TimeSpan timeout)
        : this(timeProvider) => _timeout = timeout;

    public AlertChannelType Type => AlertChannelType.Email;

    public async Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken)
    {
        if (target.Smtp is not { } smtp)
        {
            return Permanent("The channel has no SMTP settings.");
        }

        if (Invalid(smtp) is { } invalid)
        {
            return Permanent(invalid);
        }

        var mime = Compose(smtp, EmailContent.Build(message));
        var stage = Stage.Connecting;
        using var client = new SmtpClient { Timeout = (int)_timeout.TotalMilliseconds };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            deadline.CancelAfter(_timeout);
            var allowed = await UrlSafety.AllowedAddressesAsync(smtp.Host, deadline.Token);
            if (allowed.Length == 0)
            {
                return Permanent("The SMTP host must not point at a link-local or cloud-metadata address.");
            }

            // Connecting our own socket lets the address check above see what DNS answered (as SafeHttpHandler does).
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(allowed, smtp.Port, deadline.Token);
            await client.ConnectAsync(socket, smtp.Host, smtp.Port, Map(smtp.Security), deadline.Token);

            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                stage = Stage.Authenticating;
                deadline.CancelAfter(_timeout);
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", deadline.Token);
            }

            stage = Stage.Sending;
            deadline.CancelAfter(_timeout);
            await client.SendAsync(mime, deadline.Token);
            await QuitAsync(client, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RetryLater(string.Create(CultureInfo.InvariantCulture, $"The SMTP server did not answer within {_timeout.TotalSeconds:0.#} s while {Doing(stage)}."));
        }
        catch (MailKit.Security.AuthenticationException)
        {
            return Permanent("The SMTP server refused the user name or password.");
        }
        catch (SmtpCommandException exception)
        {
            return Refused(exception);
        }
        catch (SslHandshakeException)
        {
            return Permanent("The TLS handshake with the SMTP server failed: check the security setting for this port and the server's certificate.");
        }
        catch (NotSupportedException) when (stage == Stage.Connecting)
        {
            return Permanent("The SMTP server does not offer STARTTLS: choose another security setting.");
        }
        catch (NotSupportedException) when (stage == Stage.Authenticating)
        {
            return Permanent("The SMTP server does not offer authentication here: leave the user name empty or use TLS.");
        }
        catch (SocketException exception)
        {
            return RetryLater($"The connection to the SMTP server failed while {Doing(stage)} ({Describe(exception.SocketErrorCode)}).");
        }
        catch (Exception exception) when (exception is IOException or SmtpProtocolException or TimeoutException)
        {
            return RetryLater($"The SMTP server closed the connection or broke the protocol while {Doing(stage)}.");
        }

        return DeliveryResult.Delivered;
    }

    /// <summary>Says goodbye; the message is already accepted, so a failed QUIT must not turn into a retry (and a duplicate).</summary>
    private static async Task QuitAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or TimeoutException or OperationCanceledException)
        {
            // Nothing to do: the server has the message.
        }
    }

    private MimeMessage Compose(SmtpSettings smtp, EmailContent content)
    {
        var from = Mailbox(smtp.From)!;
        if (string.IsNullOrWhiteSpace(from.Name))
        {
            from.Name = "JobSentinel";
        }

        var mime = new MimeMessage { Subject = content.Subject, Date = timeProvider.GetUtcNow() };
        mime.From.Add(from);
        mime.To.AddRange(smtp.To.Select(to => Mailbox(to)!));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Body = new BodyBuilder { TextBody = content.TextBody, HtmlBody = content.HtmlBody }.ToMessageBody();
        return mime;
    }

    /// <summary>What is wrong with the settings, or null; checked before connecting so a typo fails at once.</summary>
    private static string? Invalid(SmtpSettings smtp)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return "The SMTP host is missing.";
        }

        if (smtp.Port is < 1 or > 65535)
        {
            return "The SMTP port must be between 1 and 65535.";
        }

        if (Mailbox(smtp.From) is null)
        {
            return "The From address is not a valid email address.";
        }

        if (smtp.To.Count == 0)
        {
            return "The channel has no recipient address.";
        }

        return smtp.To.FirstOrDefault(to => Mailbox(to) is null) is { } bad ? $"'{bad}' is not a valid email address." : null;
    }

    private static MailboxAddress? Mailbox(string? address) =>
        MailboxAddress.TryParse(address ?? "", out var mailbox) && mailbox.Address.Contains('@') ? mailbox : null;

    private static SecureSocketOptions Map(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    /// <summary>4xx is the server's "not now" (greylisting, full queue); 5xx is final.</summary>
    private static DeliveryResult Refused(SmtpCommandException exception)
    {
        var code = (int)exception.StatusCode;
        var what = exception.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => "refused a recipient",
            SmtpErrorCode.SenderNotAccepted => "refused the From address",
            SmtpErrorCode.MessageNotAccepted => "refused the message",
            _ => "answered",
        };
        var text = AlertText.Truncate(string.Join(' ', exception.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaxServerTextChars);
        var error = text.Length == 0 ? $"The SMTP server {what} ({code})." : $"The SMTP server {what} ({code}): {text}";
        return code is >= 400 and < 500 ? RetryLater(error) : Permanent(error);
    }

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host name not found",
        SocketError.TimedOut => "timed out",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown => "host unreachable",
        SocketError.ConnectionReset or SocketError.ConnectionAborted => "connection reset",
        _ => error.ToString(),
    };

    private static string Doing(Stage stage) => stage switch
    {
        Stage.Connecting => "connecting",
        Stage.Authenticating => "signing in",
        _ => "sending",
    };

    private static DeliveryResult Permanent(string error) => new(DeliveryOutcome.Permanent, error);

    private static DeliveryResult RetryLater(string error) => new(DeliveryOutcome.RetryLater, error);

    private enum Stage
    {
        Connecting,
        Authenticating,
        Sending,
    }
}
