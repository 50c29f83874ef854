using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class PostingKeysTests
{
    [Theory]
    [InlineData("  Senior   Software  Engineer ", "senior software engineer")]
    [InlineData("Sr. Software Eng.", "senior software engineer")]
    [InlineData("Sr Software Engineer", "senior software engineer")]
    [InlineData("Jr. Dev", "junior developer")]
    [InlineData("Engineering Mgr", "engineering manager")]
    [InlineData("C++ Developer", "c++ developer")]
    [InlineData("C# / .NET Engineer", "c# net engineer")]
    [InlineData("Senior Engineer (Remote)", "senior engineer")]
    [InlineData("Senior Engineer - Remote", "senior engineer")]
    [InlineData("Senior Engineer – Berlin", "senior engineer")]
    [InlineData("Senior Engineer — Remote, US", "senior engineer")]
    [InlineData("Senior Engineer (Remote - US only)", "senior engineer")]
    [InlineData("Senior Engineer, London", "senior engineer")]
    [InlineData("Senior Engineer | Hybrid | Munich", "senior engineer")]
    [InlineData("Engineer - New York, NY", "engineer")]
    [InlineData("[Remote] Senior Engineer", "senior engineer")]
    [InlineData("Director of Data (m/f/d)", "director of data")]
    [InlineData("Senior Product Owner (d/f/m)", "senior product owner")]
    [InlineData("Senior Product Owner m/w/d", "senior product owner")]
    [InlineData("Engineer (f/m/x)", "engineer")]
    [InlineData("Engineer (all genders)", "engineer")]
    [InlineData("Entwickler (w/m/div.)", "entwickler")]
    [InlineData("Développeur Sénior", "developpeur senior")]
    public void NormalizeTitle_BoardSpellings_GiveOneForm(string title, string expected)
    {
        Assert.Equal(expected, PostingKeys.NormalizeTitle(title));
    }

    [Theory]
    [InlineData("Software Engineer - Backend", "software engineer backend")]
    [InlineData("Software Engineer, Data Platform", "software engineer data platform")]
    [InlineData("Clinical Coding Specialist (Inpatient)", "clinical coding specialist inpatient")]
    [InlineData("Remote Sensing Scientist", "remote sensing scientist")]
    [InlineData("Developer Advocate", "developer advocate")]
    [InlineData("DevOps Engineer", "devops engineer")]
    public void NormalizeTitle_QualifierThatIsNotAPlace_IsKept(string title, string expected)
    {
        Assert.Equal(expected, PostingKeys.NormalizeTitle(title));
    }

    [Theory]
    [InlineData("Acme, Inc.", "acme")]
    [InlineData("Acme Inc", "acme")]
    [InlineData("ACME LLC", "acme")]
    [InlineData("Acme Ltd.", "acme")]
    [InlineData("Acme Limited", "acme")]
    [InlineData("kausable GmbH", "kausable")]
    [InlineData("Siemens AG", "siemens")]
    [InlineData("Société Générale S.A.", "societe generale")]
    [InlineData("Capgemini SE", "capgemini")]
    [InlineData("Dassault Systèmes SAS", "dassault systemes")]
    [InlineData("Booking.com B.V.", "bookingcom")]
    [InlineData("Acme BV", "acme")]
    [InlineData("Barclays PLC", "barclays")]
    [InlineData("Acme Corp.", "acme")]
    [InlineData("Acme Corporation", "acme")]
    [InlineData("Procter & Gamble Co.", "procter gamble")]
    [InlineData("Müller GmbH & Co. KG", "muller")]
    [InlineData("DEPT®", "dept")]
    [InlineData("  The   Acme  Group ", "the acme group")]
    [InlineData("Inc", "inc")]
    public void NormalizeCompany_LegalSuffixesAndPunctuation_AreStripped(string company, string expected)
    {
        Assert.Equal(expected, PostingKeys.NormalizeCompany(company));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("Remote", "remote")]
    [InlineData("Anywhere", "remote")]
    [InlineData("Worldwide", "remote")]
    [InlineData("Global", "remote")]
    [InlineData("Remote (United States)", "remote")]
    [InlineData("100% Remote", "remote")]
    [InlineData("Berlin", "berlin")]
    [InlineData("Berlin, Germany", "berlin")]
    [InlineData("  BERLIN ,  DE ", "berlin")]
    [InlineData("New York, NY, USA", "new york ny")]
    [InlineData("Hybrid - Berlin", "berlin")]
    [InlineData("München", "munchen")]
    [InlineData("Germany", "germany")]
    public void NormalizeLocation_BoardSpellings_GiveOneForm(string? location, string expected)
    {
        Assert.Equal(expected, PostingKeys.NormalizeLocation(location));
    }

    [Fact]
    public void NormalizeTitle_HostileLongInput_IsCappedAndReturns()
    {
        var title = "Engineer (m/f" + new string(' ', 200_000) + ")";

        Assert.Equal("engineer", PostingKeys.NormalizeTitle(title));
    }

    [Fact]
    public void DedupKey_SameRoleOnTwoBoards_IsEqual()
    {
        var greenhouse = PostingKeys.DedupKey("Acme, Inc.", "Sr. Software Engineer (Remote)", "Remote");
        var remoteOk = PostingKeys.DedupKey("ACME", "Senior Software Engineer - Remote", "Worldwide");

        Assert.Equal(greenhouse, remoteOk);
    }

    [Theory]
    [InlineData("Acme", "Senior Engineer", "Berlin", "Globex", "Senior Engineer", "Berlin")]
    [InlineData("Acme", "Senior Engineer", "Berlin", "Acme", "Staff Engineer", "Berlin")]
    [InlineData("Acme", "Senior Engineer", "Berlin", "Acme", "Senior Engineer", "Munich")]
    [InlineData("Acme", "Senior Engineer", "Berlin", "Acme", "Senior Engineer", null)]
    [InlineData("Acme", "a|b", "c", "Acme", "a", "b|c")]
    public void DedupKey_DifferentRole_Differs(string company1, string title1, string? location1, string company2, string title2, string? location2)
    {
        Assert.NotEqual(PostingKeys.DedupKey(company1, title1, location1), PostingKeys.DedupKey(company2, title2, location2));
    }

    [Fact]
    public void DedupKey_Format_IsLowerCaseHex()
    {
        Assert.Matches("^[0-9a-f]{32}$", PostingKeys.DedupKey("Acme", "Engineer", "Berlin"));
    }

    [Fact]
    public void DedupKey_KnownInput_StaysStableAcrossReleases()
    {
        // Stored keys group postings: a change here splits every existing group once.
        Assert.Equal(PinnedKey, PostingKeys.DedupKey("Acme Inc.", "Sr Engineer (Remote)", "Remote"));
    }

    private const string PinnedKey = "183f060b181c81fd757a9636f424c685";
}
