using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Data;

/// <summary>Absolute locations of everything the app keeps under its data directory.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<JobSentinelOptions> options, IHostEnvironment environment)
        : this(Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath))
    {
    }

    public DataPaths(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    public string Database => Path.Combine(Root, "jobsentinel.db");

    public string Keys => Path.Combine(Root, "keys");

    public string Uploads => Path.Combine(Root, "uploads");

    public string Backups => Path.Combine(Root, "backups");

    public string Logs => Path.Combine(Root, "logs");

    public string LockFile => Path.Combine(Root, "jobsentinel.lock");

    public string PidFile => Path.Combine(Root, "jobsentinel.pid");
}
