using JobSentinel.Core.Operations;
using Microsoft.Extensions.Options;
using JobSentinel.Web.Extensions;

namespace JobSentinel.Web.Hosting;

/// <summary>Builds and runs the web server; turns known startup failures into one clear message and exit code 1.</summary>
public static class ServerApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = CreateBuilder(args).Build();

            // Checked before the host starts so that a bad configuration, data directory or database
            // gives one clear message instead of the host's own error log (tests start the host
            // without this method: the StartupTasks hosted service runs the same checks).
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync("server", CancellationToken.None);

            app.UseJobSentinel();
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await Console.Error.WriteLineAsync($"JobSentinel could not start: {message}");
            return 1;
        }
    }

    internal static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(ConfigFiles.WithoutReload(args));
        builder.AddJobSentinel();
        return builder;
    }

    /// <summary>The operator-facing explanation of a startup failure, or null when it is not one we recognise.</summary>
    internal static string? Describe(Exception exception) => exception switch
    {
        StartupException startup => startup.Message,
        OptionsValidationException invalid => "the configuration is invalid:" + Environment.NewLine
            + string.Join(Environment.NewLine, invalid.Failures.Select(f => "  - " + f)),
        IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            exception.Message.TrimEnd('.') + ". Another program (perhaps another JobSentinel) is listening on that port; " +
            "stop it or choose another address with --urls, e.g. --urls http://127.0.0.1:5001",
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            "the configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine,
                aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Select(f => "  - " + f)),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
