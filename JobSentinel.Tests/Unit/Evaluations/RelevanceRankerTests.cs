using JobSentinel.Core.Evaluations;

namespace JobSentinel.Tests.Unit.Evaluations;

public sealed class RelevanceRankerTests
{
    private static readonly JobPostingText[] Postings =
    [
        new(1, "Painter", "Requirements\n- Oil painting and sculpture for our gallery walls."),
        new(2, "Platform Engineer", "Requirements\n- Kubernetes, Docker and PostgreSQL in production\n- Python services and payments APIs"),
        new(3, "Frontend Engineer", "Requirements\n- React and TypeScript\n- Kubernetes is a plus"),
        new(4, "Data Engineer", "Requirements\n- Python and PostgreSQL pipelines"),
        new(5, "Chef", "Requirements\n- Cooking for 200 guests a night in a busy kitchen."),
    ];

    private const string Resume = "Platform engineer. Ran Kubernetes and Docker in production; Python services on PostgreSQL; payments APIs.";

    [Fact]
    public void Rank_Limit_ReturnsTheBestPostingsInOrder()
    {
        var ranked = new RelevanceRanker(TestTaxonomy.Small).Rank(TestResumes.From(Resume, TestTaxonomy.Small), Postings, 3);

        Assert.Equal([2L, 4L, 3L], ranked.Select(r => r.Id));
        Assert.True(ranked[0].Score > ranked[1].Score && ranked[1].Score > ranked[2].Score);
        Assert.Equal(4, ranked[0].MatchedSkills.Count);
        Assert.Empty(ranked[0].MissingSkills);
        Assert.Equal(RelevanceScoring.VerdictOf(ranked[0].Score), ranked[0].Verdict);
    }

    [Fact]
    public async Task Rank_SmallSet_AgreesWithEvaluateAsyncOrder()
    {
        var resume = TestResumes.From(Resume, TestTaxonomy.Small);
        var engine = new RelevanceEngine(TestTaxonomy.Small, new NoEmbeddings());
        List<(long Id, int Score)> evaluated = [];
        foreach (var posting in Postings)
        {
            var result = await engine.EvaluateAsync(resume, posting.Text, posting.Title, CancellationToken.None);
            evaluated.Add((posting.Id, result.RelevanceScore));
        }

        var ranked = new RelevanceRanker(TestTaxonomy.Small).Rank(resume, Postings, Postings.Length);

        Assert.Equal(evaluated.OrderByDescending(e => e.Score).ThenBy(e => e.Id).Select(e => e.Id), ranked.Select(r => r.Id));
    }

    [Fact]
    public void Rank_NoPostings_ReturnsEmpty()
    {
        Assert.Empty(new RelevanceRanker(TestTaxonomy.Small).Rank(TestResumes.From(Resume, TestTaxonomy.Small), [], 10));
    }
}
