using JobSentinel.Core.Matching;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Matching;

/// <summary>
/// A posting's company and location tokens are worked out once and reused for every profile: a copy with another
/// company or place must be judged by its own, and the kept forms must not change how postings compare.
/// </summary>
public sealed class PostingFeaturesKeysTests
{
    [Fact]
    public void CopyWithAnotherCompany_IsJudgedByItsOwnCompany()
    {
        var posting = MatchingPostings.Posting(company: "Acme Robotics GmbH");
        IReadOnlyList<string> blocked = ["Acme"];
        Assert.Equal("Acme", CompanyNames.FirstMatch(posting, blocked));

        var copy = posting with { Company = "Globex" };

        Assert.Null(CompanyNames.FirstMatch(copy, blocked));
        Assert.Equal("Acme", CompanyNames.FirstMatch(posting, blocked));
    }

    [Fact]
    public void CopyWithAnotherLocation_IsJudgedByItsOwnPlaces()
    {
        var posting = MatchingPostings.Posting();
        IReadOnlyList<string> places = ["Germany"];
        Assert.True(LocationMatch.Matches(posting, places));

        var moved = posting with { Location = "Toronto, Canada" };
        var listed = posting with { Location = null, Locations = ["Paris, France", "München"] };

        Assert.False(LocationMatch.Matches(moved, places));
        Assert.True(LocationMatch.Matches(listed, ["Munich"]));
        Assert.True(LocationMatch.Matches(posting, places));
    }

    [Fact]
    public void KeptForms_DoNotChangeEquality()
    {
        var scored = MatchingPostings.Posting();
        var fresh = MatchingPostings.Posting();

        _ = CompanyNames.FirstMatch(scored, ["Acme"]); // works out the kept forms of one of them only

        Assert.Equal(fresh, scored);
        Assert.Equal(fresh.GetHashCode(), scored.GetHashCode());
    }

    [Fact]
    public void FirstMatch_GivesTheFirstMatchingCompanyOfTheList()
    {
        var posting = MatchingPostings.Posting(company: "The Walt Disney Company");

        Assert.Equal("Walt Disney", CompanyNames.FirstMatch(posting, ["Pixar", "Walt Disney", "Disney"]));
        Assert.Null(CompanyNames.FirstMatch(posting, ["", "  ", "Pixar"]));
    }
}
