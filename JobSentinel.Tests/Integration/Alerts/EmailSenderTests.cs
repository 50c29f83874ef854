using System.Net;
using System.Net.Sockets;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using MimeKit;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>EmailSender end to end against an SMTP server on 127.0.0.1.</summary>
public sealed class EmailSenderTests
{
    private const string User = "alerts@sentinel.example";
    private const string Password = "correct horse battery staple";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_AcceptingServer_DeliversTextAndHtmlAlternatives()
    {
        await using var server = FakeSmtpServer.Start(User, Password);
        var item = AlertMessages.Item(title: "Senior <Go> Engineer");

        var result = await Sender().SendAsync(Target(server.Port, User, Password), AlertMessages.Immediate(item), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        var mail = Assert.Single(server.Messages);
        Assert.Equal(User, mail.AuthenticatedUser);
        Assert.Equal("alerts@sentinel.example", mail.From);
        Assert.Equal(["me@example.com", "team@example.com"], mail.Recipients);
        var message = MimeMessage.Load(new MemoryStream(mail.Data), Cancellation);
        Assert.Equal("New match: Senior <Go> Engineer at Acme (92%)", message.Subject);
        Assert.Equal(["me@example.com", "team@example.com"], message.To.Mailboxes.Select(mailbox => mailbox.Address));
        Assert.Equal("JobSentinel", message.From.Mailboxes.Single().Name);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType));
        Assert.Contains("* Senior <Go> Engineer (92%)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Senior &lt;Go&gt; Engineer", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(AlertMessages.ViewUrl, message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public async Task Send_LineStartingWithADot_ArrivesUnchanged()
    {
        await using var server = FakeSmtpServer.Start();
        var item = AlertMessages.Item(reasons: ["matched: c#\n.NET 10", "remote"]);

        await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(item), Cancellation);

        // MailKit dot-stuffs the line; the server must take the extra dot off again.
        var message = MimeMessage.Load(new MemoryStream(Assert.Single(server.Messages).Data), Cancellation);
        Assert.Contains("\n.NET 10; remote", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoUserName_SendsWithoutAuthenticating()
    {
        await using var server = FakeSmtpServer.Start();

        var result = await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        Assert.Single(server.Messages);
        Assert.DoesNotContain(server.Commands, command => command.StartsWith("AUTH", StringComparison.Ordinal));
        Assert.Equal("QUIT", server.Commands.Last());
    }

    [Fact]
    public async Task Send_WrongPassword_IsPermanentWithoutThePassword()
    {
        await using var server = FakeSmtpServer.Start(User, Password);

        var result = await Sender().SendAsync(Target(server.Port, User, "wrong-password-123"), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, "The SMTP server refused the user name or password."), result);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Send_TemporaryRefusalOfTheData_IsRetryLater()
    {
        await using var server = FakeSmtpServer.Start();
        server.DataReply = "451 4.3.0 Mail server temporarily rejected message";

        var result = await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal("The SMTP server refused the message (451): 4.3.0 Mail server temporarily rejected message", result.Error);
    }

    [Fact]
    public async Task Send_PermanentRefusalOfTheData_IsPermanent()
    {
        await using var server = FakeSmtpServer.Start();
        server.DataReply = "554 5.7.1 Message rejected as spam";

        var result = await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
    }

    [Fact]
    public async Task Send_RecipientRefused_IsPermanent()
    {
        await using var server = FakeSmtpServer.Start();
        server.RcptReply = "550 5.1.1 No such user here";

        var result = await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.StartsWith("The SMTP server refused a recipient (550)", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Send_RecipientDeferred_IsRetryLater()
    {
        await using var server = FakeSmtpServer.Start();
        server.RcptReply = "450 4.2.1 Mailbox busy, try again";

        var result = await Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
    }

    [Fact]
    public async Task Send_NoServerOnThePort_IsRetryLater()
    {
        var result = await Sender().SendAsync(Target(ClosedPort()), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.RetryLater, "The connection to the SMTP server failed while connecting (connection refused)."), result);
    }

    [Fact]
    public async Task Send_ServerNeverGreets_IsRetryLaterAfterTheTimeout()
    {
        await using var server = FakeSmtpServer.Start();
        server.Silent = true;

        var result = await Sender(TimeSpan.FromMilliseconds(500)).SendAsync(Target(server.Port), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = FakeSmtpServer.Start();
        server.Silent = true;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender().SendAsync(Target(server.Port), AlertMessages.Immediate(), cancellation.Token));
    }

    [Fact]
    public async Task Send_LinkLocalHost_IsPermanent()
    {
        var target = Target(25) with { Smtp = Target(25).Smtp! with { Host = "169.254.169.254" } };

        var result = await Sender().SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, "The SMTP host must not point at a link-local or cloud-metadata address."), result);
    }

    [Theory]
    [InlineData("not-an-address", "me@example.com", "The From address is not a valid email address.")]
    [InlineData("alerts@sentinel.example", "nobody", "'nobody' is not a valid email address.")]
    public async Task Send_InvalidAddress_IsPermanentBeforeConnecting(string from, string to, string error)
    {
        await using var server = FakeSmtpServer.Start();
        var target = Target(server.Port) with { Smtp = Target(server.Port).Smtp! with { From = from, To = [to] } };

        var result = await Sender().SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, error), result);
        Assert.Empty(server.Commands);
    }

    [Fact]
    public async Task Send_NoSmtpSettings_IsPermanent()
    {
        var result = await Sender().SendAsync(new ChannelTarget(AlertChannelType.Email, null, null, null), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
    }

    private static EmailSender Sender(TimeSpan? timeout = null) => new(TimeProvider.System, timeout ?? EmailSender.DefaultTimeout);

    private static ChannelTarget Target(int port, string? user = null, string? password = null) =>
        new(AlertChannelType.Email, null, null, new SmtpSettings(
            "127.0.0.1", port, user, password, "alerts@sentinel.example", ["me@example.com", "team@example.com"], SmtpSecurity.Auto));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
