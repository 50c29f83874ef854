using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// An SMTP server on 127.0.0.1 that speaks enough of RFC 5321 for MailKit: EHLO with AUTH PLAIN LOGIN,
/// MAIL, RCPT, DATA (dot-unstuffed), RSET, NOOP, QUIT. It records accepted messages and can be told
/// to refuse credentials, recipients or data, or to stay silent.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private static readonly Encoding Latin1 = Encoding.Latin1;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Task _accepting;

    private FakeSmtpServer(string? user, string? password)
    {
        User = user;
        Password = password;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The credentials AUTH accepts; when set, MAIL FROM without AUTH answers 530.</summary>
    public string? User { get; }

    public string? Password { get; }

    /// <summary>The answer to every RCPT TO instead of 250, e.g. "550 5.1.1 No such user".</summary>
    public string? RcptReply { get; set; }

    /// <summary>The answer after the data's final dot instead of 250, e.g. "451 4.3.0 Try again later".</summary>
    public string? DataReply { get; set; }

    /// <summary>Accepts connections but never greets, for timeouts.</summary>
    public bool Silent { get; set; }

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    /// <summary>Every command line received (AUTH arguments left out).</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    public static FakeSmtpServer Start(string? user = null, string? password = null) => new(user, password);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
            await Task.WhenAll(_sessions);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _sessions.Add(Task.Run(() => ServeAsync(connection)));
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                var stream = connection.GetStream();
                if (Silent)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                var session = new Session(this, new StreamReader(stream, Latin1), new StreamWriter(stream, Latin1) { NewLine = "\r\n", AutoFlush = true });
                await session.RunAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up or the server is stopping.
            }
        }
    }

    /// <param name="Data">The message as sent after DATA, dot-unstuffed, lines ending CRLF.</param>
    public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, byte[] Data, string? AuthenticatedUser);

    private sealed class Session(FakeSmtpServer server, StreamReader reader, StreamWriter writer)
    {
        private readonly List<string> _recipients = [];
        private string? _from;
        private string? _user;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                server.Commands.Enqueue(verb == "AUTH" ? "AUTH " + line.Split(' ')[1] : line);
                var argument = line.Length > verb.Length ? line[(verb.Length + 1)..] : "";
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-fake.smtp.test greets you");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250-AUTH PLAIN LOGIN");
                        await writer.WriteLineAsync("250 SIZE 10485760");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 fake.smtp.test");
                        break;
                    case "AUTH":
                        await AuthenticateAsync(argument, cancellationToken);
                        break;
                    case "MAIL":
                        if (server.User is not null && _user is null)
                        {
                            await writer.WriteLineAsync("530 5.7.0 Authentication required");
                            break;
                        }

                        _from = Address(argument);
                        _recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        if (server.RcptReply is { } refusal)
                        {
                            await writer.WriteLineAsync(refusal);
                            break;
                        }

                        _recipients.Add(Address(argument));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (_from is null || _recipients.Count == 0)
                        {
                            await writer.WriteLineAsync("503 5.5.1 Need MAIL and RCPT first");
                            break;
                        }

                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = await ReadDataAsync(cancellationToken);
                        if (server.DataReply is { } answer)
                        {
                            await writer.WriteLineAsync(answer);
                        }
                        else
                        {
                            server.Messages.Enqueue(new ReceivedMail(_from, [.. _recipients], data, _user));
                            await writer.WriteLineAsync("250 2.0.0 OK queued");
                        }

                        _from = null;
                        _recipients.Clear();
                        break;
                    case "RSET":
                        _from = null;
                        _recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }

        private async Task AuthenticateAsync(string argument, CancellationToken cancellationToken)
        {
            var parts = argument.Split(' ', 2);
            string? user, password;
            switch (parts[0].ToUpperInvariant())
            {
                case "PLAIN":
                    var encoded = parts.Length > 1 ? parts[1] : await ChallengeAsync("", cancellationToken);
                    var fields = Decode(encoded).Split('\0');
                    (user, password) = fields.Length == 3 ? (fields[1], fields[2]) : (null, null);
                    break;
                case "LOGIN":
                    user = Decode(parts.Length > 1 ? parts[1] : await ChallengeAsync("Username:", cancellationToken));
                    password = Decode(await ChallengeAsync("Password:", cancellationToken));
                    break;
                default:
                    await writer.WriteLineAsync("504 5.5.4 Unrecognized authentication type");
                    return;
            }

            if (server.User is not null && user == server.User && password == server.Password)
            {
                _user = user;
                await writer.WriteLineAsync("235 2.7.0 Authentication successful");
            }
            else
            {
                await writer.WriteLineAsync("535 5.7.8 Authentication credentials invalid");
            }
        }

        private async Task<string> ChallengeAsync(string prompt, CancellationToken cancellationToken)
        {
            await writer.WriteLineAsync("334 " + Convert.ToBase64String(Encoding.ASCII.GetBytes(prompt)));
            return await reader.ReadLineAsync(cancellationToken) ?? "";
        }

        private async Task<byte[]> ReadDataAsync(CancellationToken cancellationToken)
        {
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
            {
                data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
            }

            return Latin1.GetBytes(data.ToString());
        }

        private static string Decode(string base64)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
            }
            catch (FormatException)
            {
                return "";
            }
        }

        /// <summary>"FROM:&lt;a@b&gt; SIZE=1" → "a@b".</summary>
        private static string Address(string argument)
        {
            var start = argument.IndexOf('<');
            var end = argument.IndexOf('>', start + 1);
            return start >= 0 && end > start ? argument[(start + 1)..end] : argument;
        }
    }
}
