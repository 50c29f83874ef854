using JobSentinel.Core.Matching;
using JobSentinel.Core.Postings;

namespace JobSentinel.Tests.Builders;

/// <summary>Postings for matching tests, scored at a fixed instant with in-memory term hits.</summary>
public static class MatchingPostings
{
    public static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>A remote posting one day old, salary not stated.</summary>
    public static PostingFeatures Posting(string title = "Senior Backend Engineer", string company = "Acme") => new()
    {
        Id = 1,
        Title = title,
        Company = company,
        Location = "Berlin, Germany",
        Workplace = WorkplaceType.Remote,
        PostedAt = Now.AddDays(-1),
    };

    public static MatchResult Score(MatchProfile profile, PostingFeatures posting, string? description = null)
    {
        var hits = new TextTermHits(posting.Title, posting.Company, description);
        var explained = JobScorer.Score(profile, posting, hits, Now);

        // Rescoring leaves the reasons out: that must never change a score, in any of the scorer's tests.
        var unexplained = JobScorer.Score(profile, posting, hits, Now, explain: false);
        Assert.Equal((explained.Score, explained.Rejected, explained.Factors), (unexplained.Score, unexplained.Rejected, unexplained.Factors));
        Assert.DoesNotContain(unexplained.Reasons, reason => reason != "rejected");
        return explained;
    }
}
