using JobSentinel.Core.Contacts;
using JobSentinel.Core.Skills;

namespace JobSentinel.Tests.Unit.Contacts;

public sealed class ContactSearchTests
{
    private static readonly ContactSearch Search = new(SkillTaxonomy.LoadDefault());

    private static ContactView Contact(long id, string name, string? company = null, string? role = null, string? notes = null, params string[] links) =>
        new(id, name, company, role, null, links, notes, ContactSources.Manual, null, DateTime.UnixEpoch, DateTime.UnixEpoch);

    private static readonly ContactView[] People =
    [
        Contact(1, "Ana Lima", "Acme", "Platform Engineer", "Runs the Kubernetes clusters and the on-call rota."),
        Contact(2, "Ben Ode", "Globex", "React developer", "Builds the design system."),
        Contact(3, "Chen Wu", "Initech", "Recruiter", "Hires for data teams."),
        Contact(4, "Dana Park", "Hooli", "Engineering Manager", null, "https://github.com/dana-terraform"),
    ];

    [Fact]
    public void Search_Synonym_FindsTheContactWhoseNotesUseTheOtherName()
    {
        var hits = Search.Search(People, "k8s");

        var hit = Assert.Single(hits);
        Assert.Equal("Ana Lima", hit.Name);
        Assert.Contains(hit.Matched, m => m.Equals("kubernetes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_Frontend_FindsAReactDeveloperThroughRelatedSkills()
    {
        var hits = Search.Search(People, "frontend");

        Assert.Equal("Ben Ode", Assert.Single(hits).Name);
    }

    [Fact]
    public void Search_LinkPathWords_AreSearchable()
    {
        Assert.Equal("Dana Park", Assert.Single(Search.Search(People, "terraform")).Name);
    }

    [Fact]
    public void Search_ExactTermOutranksRelatedTerm()
    {
        ContactView[] people =
        [
            Contact(1, "Eve", notes: "Writes JavaScript every day."),
            Contact(2, "Finn", notes: "Writes React components every day."),
        ];

        var hits = Search.Search(people, "react");

        Assert.Equal(["Finn", "Eve"], hits.Select(h => h.Name));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_MoreQueryTermsMatched_RanksHigher()
    {
        var hits = Search.Search(People, "engineer acme kubernetes");

        Assert.Equal("Ana Lima", hits[0].Name);
        Assert.Equal(["engineer", "acme", "kubernetes"], hits[0].Matched);
    }

    [Fact]
    public void Search_NothingMatches_IsEmpty()
    {
        Assert.Empty(Search.Search(People, "cobol mainframe"));
    }

    [Fact]
    public void Expand_TwoWordSkill_StaysOneTerm()
    {
        var concepts = Search.Expand("machine learning recruiter");

        Assert.Equal(["machine learning", "recruiter"], concepts.Select(c => c.Term));
        Assert.Contains(concepts[0].Expansions, e => e.Display == "ml");
    }
}
