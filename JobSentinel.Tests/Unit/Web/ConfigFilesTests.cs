using JobSentinel.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace JobSentinel.Tests.Unit.Web;

/// <summary>
/// The server reads its config files once: watching them would watch the content root with the data folder
/// inside it, and every database write would wake the watcher.
/// </summary>
public sealed class ConfigFilesTests
{
    [Fact]
    public void Server_DoesNotWatchItsConfigFiles()
    {
        var builder = ServerApp.CreateBuilder([]);

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>().ToList();

        Assert.NotEmpty(files); // appsettings.json is still read
        Assert.All(files, file => Assert.False(file.ReloadOnChange, $"{file.Path} is watched"));
    }

    [Fact]
    public void OperatorsOwnSetting_StillWins()
    {
        var builder = ServerApp.CreateBuilder(["--hostBuilder:reloadConfigOnChange=true"]);

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>();

        Assert.Contains(files, file => file.ReloadOnChange);
    }
}
