using System.CommandLine;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;

namespace JobSentinel.Web.Cli;

/// <summary><c>apikey create --name &lt;name&gt; | list | revoke &lt;id&gt; | revoke --all</c>.</summary>
public static class ApiKeyCommands
{
    private const string Actor = "cli";

    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "A name that says who or what uses the key.", Required = true };
        var create = new Command("create", "Create an API key and print it once.") { name };
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = await OpenForWritingAsync(context, parseResult, cancellationToken);
            var requested = parseResult.GetValue(name)!;
            if (ApiKeyService.ValidateName(requested) is { } problem)
            {
                throw new UsageException($"--name: {problem}");
            }

            var created = await services.GetRequiredService<ApiKeyService>().CreateAsync(requested, Actor, cancellationToken);
            await context.Output.WriteLineAsync($"Created API key {created.Key.Id} '{created.Key.Name}'. It is shown only this once:");
            await context.Output.WriteLineAsync(created.PlainText);
            return CliApp.Success;
        });

        var list = new Command("list", "List API keys with their last use (never the keys themselves).");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            if (!File.Exists(services.GetRequiredService<DataPaths>().Database))
            {
                await context.Output.WriteLineAsync("No database yet: no API keys.");
                return CliApp.Success;
            }

            var keys = await services.GetRequiredService<ApiKeyService>().ListAsync(cancellationToken);
            await context.Output.WriteLineAsync($"{"ID",4}  {"NAME",-24} {"STARTS WITH",-12} {"CREATED (UTC)",-17} {"LAST USED (UTC)",-17} STATUS");
            foreach (var key in keys)
            {
                await context.Output.WriteLineAsync(
                    $"{key.Id,4}  {Clip(key.Name, 24),-24} {key.Prefix,-12} {key.CreatedAt:yyyy-MM-dd HH:mm}  {key.LastUsedAt?.ToString("yyyy-MM-dd HH:mm") ?? "never",-17} {(key.IsActive ? "active" : "revoked")}");
            }

            return CliApp.Success;
        });

        var id = new Argument<int?>("id") { Description = "The id shown by 'apikey list'.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Revoke everything: every API key, and every signed-in browser session ends." };
        var revoke = new Command("revoke", "Revoke an API key, or with --all every key and every browser session.") { id, all };
        revoke.SetAction(async (parseResult, cancellationToken) =>
        {
            var keyId = parseResult.GetValue(id);
            var everything = parseResult.GetValue(all);
            if (everything == keyId.HasValue)
            {
                throw new UsageException("apikey revoke: give either a key id or --all.");
            }

            var services = await OpenForWritingAsync(context, parseResult, cancellationToken);
            if (everything)
            {
                var count = await services.GetRequiredService<RevokeEverything>().RunAsync(Actor, null, cancellationToken);
                await context.Output.WriteLineAsync($"Revoked {count} API key(s); every browser session has ended (sign in again).");
                return CliApp.Success;
            }

            if (!await services.GetRequiredService<ApiKeyService>().RevokeAsync(keyId!.Value, Actor, cancellationToken))
            {
                await context.Output.WriteLineAsync($"There is no active API key with id {keyId}.");
                return CliApp.Failure;
            }

            await context.Output.WriteLineAsync($"Revoked API key {keyId}.");
            return CliApp.Success;
        });

        return new Command("apikey", "Manage API keys.") { create, list, revoke };
    }

    // Writing commands take the instance lock (refusing while the server runs) and migrate first.
    private static async Task<IServiceProvider> OpenForWritingAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var services = context.Services(parseResult);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("apikey", cancellationToken);
        return services;
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
