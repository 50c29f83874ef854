using JobSentinel.Core.Postings;
using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class LocationParserTests
{
    [Theory]
    [InlineData("Berlin; Munich", new[] { "Berlin", "Munich" })]
    [InlineData("NYC | SF | London", new[] { "NYC", "SF", "London" })]
    [InlineData("Remote or Berlin", new[] { "Remote", "Berlin" })]
    [InlineData("Remote OR Berlin", new[] { "Remote", "Berlin" })]
    [InlineData("London / Paris", new[] { "London", "Paris" })]
    [InlineData("Berlin • Hamburg • Köln", new[] { "Berlin", "Hamburg", "Köln" })]
    [InlineData("Berlin, Germany", new[] { "Berlin, Germany" })]
    [InlineData("Hamburg, Berlin", new[] { "Hamburg, Berlin" })]
    [InlineData("  Berlin ;; berlin; BERLIN ; Munich ", new[] { "Berlin", "Munich" })]
    [InlineData("Berlin, Germany; Remote (EU)", new[] { "Berlin, Germany", "Remote (EU)" })]
    [InlineData("Portland, OR", new[] { "Portland, OR" })]
    [InlineData("Hybrid/Remote", new[] { "Hybrid/Remote" })]
    public void Split_MultiLocationString_GivesEachLocationOnceInOrder(string location, string[] expected)
    {
        Assert.Equal(expected, LocationParser.Split(location));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ; | ")]
    public void Split_Nothing_GivesEmptyList(string? location)
    {
        Assert.Empty(LocationParser.Split(location));
    }

    [Fact]
    public void Split_HostileLongWhitespace_Returns()
    {
        var location = "Berlin" + new string(' ', 200_000) + "or" + new string(' ', 200_000) + "Munich";

        Assert.Equal(["Berlin", "Munich"], LocationParser.Split(location));
    }

    [Theory]
    [InlineData(WorkplaceType.Onsite, true, "Remote")]
    [InlineData(WorkplaceType.Hybrid, null, "Remote")]
    [InlineData(WorkplaceType.Remote, false, "Berlin")]
    public void Detect_StatedByTheBoard_WinsOverEverything(WorkplaceType stated, bool? remoteFlag, string location)
    {
        Assert.Equal(stated, LocationParser.Detect(stated, remoteFlag, location, "Engineer", LocationParser.Split(location)));
    }

    [Theory]
    [InlineData("Remote (US only)", "Engineer", WorkplaceType.Remote)]
    [InlineData("Hybrid - Berlin", "Engineer", WorkplaceType.Hybrid)]
    [InlineData("Remote or Berlin", "Engineer", WorkplaceType.Remote)]
    [InlineData("Berlin, Hybrid", "Engineer", WorkplaceType.Hybrid)]
    [InlineData("Anywhere", "Engineer", WorkplaceType.Remote)]
    [InlineData("Worldwide", "Engineer", WorkplaceType.Remote)]
    [InlineData("Work from home", "Engineer", WorkplaceType.Remote)]
    [InlineData("WFH", "Engineer", WorkplaceType.Remote)]
    [InlineData("Distributed", "Engineer", WorkplaceType.Remote)]
    [InlineData("On-site, Austin", "Engineer", WorkplaceType.Onsite)]
    [InlineData("Onsite", "Engineer", WorkplaceType.Onsite)]
    [InlineData("In office - London", "Engineer", WorkplaceType.Onsite)]
    [InlineData("In-office", "Engineer", WorkplaceType.Onsite)]
    [InlineData("Berlin", "Senior Engineer (Remote)", WorkplaceType.Remote)]
    [InlineData("Berlin", "Senior Engineer - Remote", WorkplaceType.Remote)]
    [InlineData("Berlin", "Senior Engineer [Hybrid]", WorkplaceType.Hybrid)]
    [InlineData(null, "Senior Engineer (On-site)", WorkplaceType.Onsite)]
    public void Detect_WordsInLocationOrTitle_DecideBeforeTheFlag(string? location, string title, WorkplaceType expected)
    {
        Assert.Equal(expected, LocationParser.Detect(null, false, location, title, LocationParser.Split(location)));
    }

    [Theory]
    [InlineData("Berlin", "Remote Sensing Scientist")]
    [InlineData("Berlin", "Distributed Systems Engineer")]
    public void Detect_RemoteWordInsideTheRoleName_IsNotAQualifier(string location, string title)
    {
        Assert.Equal(WorkplaceType.Onsite, LocationParser.Detect(null, null, location, title, LocationParser.Split(location)));
    }

    [Theory]
    [InlineData(null, true, WorkplaceType.Remote)]
    [InlineData("Munich", true, WorkplaceType.Remote)]
    [InlineData("Munich", false, WorkplaceType.Onsite)]
    [InlineData("Munich", null, WorkplaceType.Onsite)]
    [InlineData("Hamburg, Berlin", null, WorkplaceType.Onsite)]
    [InlineData(null, false, WorkplaceType.Unknown)]
    [InlineData(null, null, WorkplaceType.Unknown)]
    [InlineData("", null, WorkplaceType.Unknown)]
    [InlineData("N/A", null, WorkplaceType.Unknown)]
    [InlineData("Americas, Europe, Asia, Africa, Oceania", null, WorkplaceType.Unknown)]
    public void Detect_NoWords_UsesTheFlagThenAConcretePlace(string? location, bool? remoteFlag, WorkplaceType expected)
    {
        Assert.Equal(expected, LocationParser.Detect(WorkplaceType.Unknown, remoteFlag, location, "Engineer", LocationParser.Split(location)));
    }

    [Fact]
    public void Detect_WordsOnlyInTheLocationsList_AreSeen()
    {
        Assert.Equal(WorkplaceType.Remote, LocationParser.Detect(null, null, "Berlin", "Engineer", ["Berlin", "Remote (EU)"]));
    }

    [Fact]
    public void Detect_ConcretePlaceOnlyInTheLocationsList_IsOnsite()
    {
        Assert.Equal(WorkplaceType.Onsite, LocationParser.Detect(null, null, null, null, ["San Francisco"]));
    }
}
