namespace JobSentinel.Web.Hosting;

/// <summary>
/// The hosts read appsettings.json once, at start. Watching it for changes watches the whole content root,
/// subfolders included, and the default data folder (./data) is one of them: every write to the database's
/// WAL then woke the watcher thread, 15 % of the CPU while a run stored its postings.
/// </summary>
internal static class ConfigFiles
{
    private const string NoReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>The host's arguments without config reloading; an operator's own setting, coming later, still wins.</summary>
    public static string[] WithoutReload(string[] args) => [NoReload, .. args];
}
