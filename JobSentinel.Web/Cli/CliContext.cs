using System.CommandLine;
using JobSentinel.Core;
using JobSentinel.Core.Configuration;
using JobSentinel.Web.Extensions;
using JobSentinel.Web.Hosting;

namespace JobSentinel.Web.Cli;

/// <summary>Builds the services a command needs from the same configuration the server reads.</summary>
public sealed class CliContext(Option<string?> dataDirectoryOption, TextWriter output) : IAsyncDisposable
{
    private ServiceProvider? _services;

    public TextWriter Output { get; } = output;

    public IServiceProvider Services(ParseResult parseResult)
    {
        if (_services is not null)
        {
            return _services;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ConfigFiles.WithoutReload([]),
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (parseResult.GetValue(dataDirectoryOption) is { Length: > 0 } dataDirectory)
        {
            builder.Configuration[$"{JobSentinelOptions.SectionName}:DataDirectory"] = dataDirectory;
        }

        // Commands print their own results: only problems reach the log output.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddJobSentinelCore(builder.Configuration);
        builder.Services.AddJobSentinelDataProtection();
        _services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return _services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
