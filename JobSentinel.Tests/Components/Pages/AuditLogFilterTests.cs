using Bunit;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class AuditLogFilterTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<AuditLog>());
        var audit = _core.GetRequiredService<AuditLog>();
        await audit.WriteAsync(AuditKinds.LoginFailed, "mallory", "203.0.113.7", "wrong password");
        await audit.WriteAsync(AuditKinds.SourceCreated, "admin", null, "source 1 'Acme' (greenhouse)");
        await audit.WriteAsync(AuditKinds.SourceDeleted, "admin", null, "source 1 'Acme' and 0 posting(s) only it listed");
        await audit.WriteAsync(AuditKinds.BackupCreated, "schedule", null, "jobsentinel-20261123-023000.zip");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    private static List<string> Rows(IRenderedComponent<AuditLogTable> table) =>
        [.. table.FindAll("[data-testid=audit-table] tbody tr").Select(row => row.TextContent)];

    [Fact]
    public void ActorFilter_ShowsOnlyThatActorsEvents()
    {
        var table = Render<AuditLogTable>();
        table.WaitForAssertion(() => Assert.Equal(4, Rows(table).Count));

        table.Find("input[data-testid=audit-actor]").Change("admin");

        table.WaitForAssertion(() =>
        {
            var rows = Rows(table);
            Assert.Equal(2, rows.Count);
            Assert.Contains("source.deleted", rows[0], StringComparison.Ordinal);
            Assert.Contains("source.created", rows[1], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SearchInDetail_CombinesWithTheActor_AndSaysWhenNothingMatches()
    {
        var table = Render<AuditLogTable>();
        table.Find("input[data-testid=audit-search]").Change("acme");
        table.WaitForAssertion(() => Assert.Equal(2, Rows(table).Count));

        table.Find("input[data-testid=audit-actor]").Change("mallory");

        table.WaitForAssertion(() => Assert.Contains("No audit events match these filters", table.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void InitialKind_FromThePageQuery_FiltersByKind()
    {
        var table = Render<AuditLogTable>(parameters => parameters.Add(t => t.InitialKind, AuditKinds.BackupCreated));

        table.WaitForAssertion(() =>
        {
            var row = Assert.Single(Rows(table));
            Assert.Contains("jobsentinel-20261123-023000.zip", row, StringComparison.Ordinal);
        });
    }
}
