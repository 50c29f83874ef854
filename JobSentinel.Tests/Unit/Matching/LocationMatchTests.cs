using JobSentinel.Core.Matching;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class LocationMatchTests
{
    [Theory]
    [InlineData("Berlin, Germany", "berlin")]
    [InlineData("Berlin, Germany", "GERMANY")]
    [InlineData("Berlin, Germany", "Deutschland")]
    [InlineData("Zürich, Switzerland", "Zurich")]
    [InlineData("Munich, DE", "München")]
    [InlineData("São Paulo, Brazil", "sao paulo")]
    [InlineData("NYC", "New York")]
    public void Matches_PlaceAsWholeWords_IsTrue(string location, string place)
    {
        Assert.True(LocationMatch.Matches(At(location), [place]));
    }

    [Theory]
    [InlineData("Berlingen, Switzerland", "Berlin")]
    [InlineData("Yorkshire, England", "York")]
    [InlineData("Paris, France", "Berlin")]
    [InlineData("San Jose, Costa Rica", "Costa Mesa")]
    public void Matches_PartOfAWordOrAnotherPlace_IsFalse(string location, string place)
    {
        Assert.False(LocationMatch.Matches(At(location), [place]));
    }

    [Theory]
    [InlineData("Remote - US", "USA")]
    [InlineData("San Francisco, CA, United States", "US")]
    [InlineData("Austin, Texas, U.S.", "United States")]
    [InlineData("Denver, USA", "U.S.")]
    [InlineData("Boston, United States of America", "usa")]
    [InlineData("London, UK", "England")]
    [InlineData("Manchester, England", "United Kingdom")]
    [InlineData("Edinburgh, Great Britain", "UK")]
    [InlineData("Hamburg, Deutschland", "Germany")]
    public void Matches_CountryAliases_AreTheSameCountry(string location, string place)
    {
        Assert.True(LocationMatch.Matches(At(location), [place]));
    }

    [Theory]
    [InlineData("Moscow, Russia", "US")]
    [InlineData("Sydney, Australia", "USA")]
    [InlineData("Toronto, Canada", "United States")]
    public void Matches_CountryAliasInsideAnotherWord_IsFalse(string location, string place)
    {
        Assert.False(LocationMatch.Matches(At(location), [place]));
    }

    [Fact]
    public void Matches_AnyOfThePostingsLocations_Counts()
    {
        var posting = MatchingPostings.Posting() with { Location = null, Locations = ["Paris, France", "Lisbon, Portugal"] };

        Assert.True(LocationMatch.Matches(posting, ["Berlin", "Lisbon"]));
        Assert.False(LocationMatch.Matches(posting, ["Berlin", "Madrid"]));
    }

    [Fact]
    public void Matches_NoLocationOrNoPlaces_IsFalse()
    {
        Assert.False(LocationMatch.Matches(MatchingPostings.Posting() with { Location = null }, ["Berlin"]));
        Assert.False(LocationMatch.Matches(At("Berlin"), []));
    }

    [Theory]
    [InlineData("Austin, TX", "TX")]
    [InlineData("Austin, TX", "Texas")]
    [InlineData("Austin, Texas", "TX")]
    [InlineData("Austin, tx 78701, USA", "tx")]
    [InlineData("Portland, OR", "Oregon")]
    [InlineData("Indianapolis, IN", "IN")]
    [InlineData("Washington, DC", "District of Columbia")]
    [InlineData("Albany, New York", "NY")]
    [InlineData("Munich, Bavaria", "Bavaria")]
    public void MatchesState_NameAnywhereOrCodeAfterAComma_IsTrue(string location, string state)
    {
        Assert.True(LocationMatch.MatchesState(At(location), [state]));
    }

    [Theory]
    [InlineData("Remote or onsite", "OR")]
    [InlineData("Jobs in Boston, MA", "IN")]
    [InlineData("Austin TX", "TX")]
    [InlineData("Austin, TX", "CA")]
    [InlineData("Paris, ME-Ville", "ME")]
    [InlineData("IN 560001, India", "IN")]
    public void MatchesState_CodeAsAWordOrAnotherState_IsFalse(string location, string state)
    {
        Assert.False(LocationMatch.MatchesState(At(location), [state]));
    }

    private static PostingFeatures At(string location) => MatchingPostings.Posting() with { Location = location };
}
