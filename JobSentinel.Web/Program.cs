using JobSentinel.Web.Cli;
using JobSentinel.Web.Hosting;

// One binary: a known command word runs the CLI, anything else starts the server.
return CliApp.IsCommand(args)
    ? await CliApp.RunAsync(args)
    : await ServerApp.RunAsync(args);

public partial class Program;
