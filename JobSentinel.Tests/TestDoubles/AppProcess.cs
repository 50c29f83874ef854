using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// The built JobSentinel.Web binary run as a real child process (<c>dotnet JobSentinel.Web.dll</c>),
/// for what only a real process shows: console output, exit codes, kill -9, ports and file locks.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output => string.Join('\n', _output);

    public string Error => string.Join('\n', _error);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the server; <paramref name="args"/> replace the default <c>--urls</c> when given.</summary>
    public static AppProcess Start(string dataDirectory, IDictionary<string, string>? environment = null, int? port = null, params string[] args)
    {
        var chosenPort = port ?? FreePort();
        var arguments = args.Length > 0 ? args : ["--urls", $"http://127.0.0.1:{chosenPort}"];
        return Launch(dataDirectory, environment, chosenPort, arguments);
    }

    /// <summary>Runs a CLI command to completion and returns (exit code, stdout, stderr).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string dataDirectory, params string[] args)
    {
        await using var app = Launch(dataDirectory, null, 0, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app._process.WaitForExitAsync(timeout.Token);
        app._process.WaitForExit(); // flushes the output events
        return (app._process.ExitCode, app.Output, app.Error);
    }

    public static string WebBinaryDirectory
    {
        get
        {
            // bin/<Configuration>/net10.0 of the test project mirrors the web project's output folder.
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testBin.Name;
            var configuration = testBin.Parent!.Name;
            var solutionRoot = testBin.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(solutionRoot, "JobSentinel.Web", "bin", configuration, framework);
        }
    }

    public async Task WaitUntilHealthyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}.\nstdout:\n{Output}\nstderr:\n{Error}");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not become live.\nstdout:\n{Output}\nstderr:\n{Error}");
    }

    public async Task<bool> WaitForOutputAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (predicate(Output))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return predicate(Output);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as systemd or docker stop send it: graceful shutdown.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
        }

        return await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static AppProcess Launch(string dataDirectory, IDictionary<string, string>? environment, int port, string[] args)
    {
        var binary = WebBinaryDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = binary,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(binary, "JobSentinel.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["JobSentinel__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, port);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                app._output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                app._error.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return app;
    }
}
