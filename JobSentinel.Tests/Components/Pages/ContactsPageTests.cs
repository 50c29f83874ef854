using Bunit;
using JobSentinel.Core.Contacts;
using JobSentinel.Core.Features;
using JobSentinel.Tests.Builders;
using JobSentinel.Web.Components.Pages.Contacts;
using JobSentinel.Web.Components.Pages.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

/// <summary>The Contacts pages and the job detail's contacts panel over the real Core services on a SQLite file.</summary>
public sealed class ContactsPageTests : DiscoveryComponentTest
{
    private ContactService Contacts => Core.GetRequiredService<ContactService>();

    [Fact]
    public async Task Search_RanksThroughSynonymsAndShowsMatchedTerms()
    {
        await AddContactAsync(new ContactDraft { Name = "Ana Lima", Company = "Acme", Notes = "Runs the Kubernetes clusters" });
        await AddContactAsync(new ContactDraft { Name = "Ben Ode", Company = "Globex", Role = "Recruiter" });
        var page = Render<Contacts>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=contact-name]").Count));

        page.Find("input[data-testid=contacts-search]").Input("k8s");

        page.WaitForAssertion(() =>
        {
            Assert.Equal(["Ana Lima"], page.FindAll("[data-testid=contact-name]").Select(e => e.TextContent));
            Assert.Contains("kubernetes", page.Find("[data-testid=contact-match]").TextContent, StringComparison.OrdinalIgnoreCase);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AddDialog_ShowsFieldErrorsThenSavesAValidContact()
    {
        var (dialogs, _) = RenderProviders();
        var page = Render<Contacts>();
        page.WaitForAssertion(() => page.Find("[data-testid=contacts-empty]"));

        page.Find("[data-testid=contact-add]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=contact-save]"));
        dialogs.Find("input[data-testid=contact-email-field]").Change("not-an-email");
        dialogs.Find("[data-testid=contact-save]").Click();
        dialogs.WaitForAssertion(() =>
        {
            Assert.Contains("Name is required.", dialogs.Markup, StringComparison.Ordinal);
            Assert.Contains("'not-an-email' is not a valid email address.", dialogs.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(0, (await Contacts.ListAsync(new ContactQuery(), CancellationToken.None)).Total);

        dialogs.Find("input[data-testid=contact-name-field]").Change("Jane Doe");
        dialogs.Find("input[data-testid=contact-email-field]").Change("jane@acme.com");
        dialogs.Find("[data-testid=contact-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Jane Doe", page.Find("[data-testid=contact-name]").TextContent));
        Assert.Equal("jane@acme.com", Assert.Single((await Contacts.ListAsync(new ContactQuery(), CancellationToken.None)).Items).Email);
    }

    [Fact]
    public async Task Detail_DraftApproveAndMarkSent_FollowTheStateRules()
    {
        Services.AddSingleton(Core.GetRequiredService<MessageService>());
        RenderProviders();
        var job = await AddJobAsync("Senior Platform Engineer", "Acme", "<p>Kubernetes and Go.</p>");
        var contact = await AddContactAsync(new ContactDraft { Name = "Jane Doe", Company = "Acme", Role = "Engineering Manager" });
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/contacts/{contact.Id}?jobId={job.Id}");
        var page = Render<ContactDetail>(p => p.Add(c => c.Id, contact.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=messages-empty]"));

        page.Find("[data-testid=message-draft]").Click();

        page.WaitForAssertion(() => Assert.Equal("draft", page.Find("[data-testid=message-status]").TextContent));
        Assert.Contains("Hi Jane,", page.Find("[data-testid=message-body]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Senior Platform Engineer", page.Find("[data-testid=message-body]").TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Quality \d+", page.Find("[data-testid=message-score]").TextContent);
        Assert.True(page.Find("button[data-testid=message-sent]").HasAttribute("disabled"));

        page.Find("[data-testid=message-approve]").Click();
        page.WaitForAssertion(() => Assert.Equal("approved", page.Find("[data-testid=message-status]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=message-approve]"));

        page.Find("button[data-testid=message-sent]").Click();
        page.WaitForAssertion(() => Assert.Equal("sent", page.Find("[data-testid=message-status]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=message-edit]"));
        Assert.Empty(page.FindAll("[data-testid=message-reject]"));
        Assert.Empty(page.FindAll("[data-testid=message-sent]"));
    }

    [Fact]
    public async Task Detail_DraftFromTheChosenResume_NotOnlyTheLatest()
    {
        Services.AddSingleton(Core.GetRequiredService<MessageService>());
        RenderProviders();
        var resumes = Core.GetRequiredService<Core.Resumes.ResumeService>();
        var jane = await resumes.UploadAsync(ResumeFiles.TextFile(), "jane.txt", CancellationToken.None); // Jane Doe
        await resumes.UploadAsync(ResumeFiles.TextFile(ResumeTexts.Clean.Replace("Jane Smith", "Robin Quinn", StringComparison.Ordinal)), "robin.txt", CancellationToken.None);
        var contact = await AddContactAsync(new ContactDraft { Name = "Dana Lee", Company = "Acme" });
        var page = Render<ContactDetail>(p => p.Add(c => c.Id, contact.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=message-resume]"));
        Assert.Contains("Robin Quinn", page.Find("[data-testid=message-resume]").TextContent, StringComparison.Ordinal);

        var picker = page.FindComponents<MudBlazor.MudSelect<long>>().Single(s => s.Instance.Label == "From the resume");
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(jane.Id));
        page.Find("[data-testid=message-draft]").Click();

        page.WaitForAssertion(() => Assert.Contains("Jane Doe", page.Find("[data-testid=message-body]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Robin Quinn", page.Find("[data-testid=message-body]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_EditApprovedMessage_GoesBackToDraftWithNewScoreAndReasons()
    {
        Services.AddSingleton(Core.GetRequiredService<MessageService>());
        RenderProviders();
        var contact = await AddContactAsync(new ContactDraft { Name = "Jane Doe", Company = "Acme" });
        var draft = await Core.GetRequiredService<MessageService>().CreateDraftAsync(contact.Id, null, null, null, CancellationToken.None);
        await Core.GetRequiredService<MessageService>().ApproveAsync(draft.Message!.Id, CancellationToken.None);
        var page = Render<ContactDetail>(p => p.Add(c => c.Id, contact.Id));
        page.WaitForAssertion(() => Assert.Equal("approved", page.Find("[data-testid=message-status]").TextContent));

        page.Find("[data-testid=message-edit]").Click();
        page.Find("textarea[data-testid=message-body-field]").Change("I hope this finds you well. I am passionate about synergy.");
        page.Find("[data-testid=message-save]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("draft", page.Find("[data-testid=message-status]").TextContent);
            Assert.Contains("Cliché: \"passionate\".", page.Find("[data-testid=message-reasons]").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task JobDetail_FindContactsButton_OnlyWithTheFlagAndFindsThePerson()
    {
        var job = await AddJobAsync("Backend Engineer", "Acme", "<p>Hiring manager: Priya Raman</p>");
        RenderProviders();
        var off = Render<JobDetail>(p => p.Add(c => c.Id, job.Id));
        off.WaitForAssertion(() => off.Find("[data-testid=job-contacts]"));
        Assert.Empty(off.FindAll("[data-testid=job-find-contacts]"));

        await Core.GetRequiredService<FeatureFlags>().SetAsync(
            new Dictionary<string, (bool?, int?)> { [FeatureNames.ContactDiscovery] = (true, 100) }, null, "test", null);
        var on = Render<JobDetail>(p => p.Add(c => c.Id, job.Id));
        on.WaitForAssertion(() => on.Find("[data-testid=job-find-contacts]"));
        on.Find("[data-testid=job-find-contacts]").Click();

        on.WaitForAssertion(() => Assert.Equal("Priya Raman", on.Find("[data-testid=job-contact]").TextContent));
    }

    private async Task<ContactView> AddContactAsync(ContactDraft draft) =>
        (await Contacts.CreateAsync(draft, CancellationToken.None)).Value ?? throw new InvalidOperationException("invalid test contact");
}
