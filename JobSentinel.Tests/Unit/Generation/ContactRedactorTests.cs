using JobSentinel.Core.Generation;

namespace JobSentinel.Tests.Unit.Generation;

public sealed class ContactRedactorTests
{
    [Theory]
    [InlineData("Write to jane.doe+jobs@mail.example.org today", "Write to [email] today")]
    [InlineData("Call +44 20 7946 0958.", "Call [phone].")]
    [InlineData("Call (415) 555-0134 or 415.555.0199", "Call [phone] or [phone]")]
    [InlineData("Mobile 4155550134", "Mobile [phone]")]
    [InlineData("See https://example.com/jobs?id=1, then www.acme.io/careers.", "See [url], then [url].")]
    [InlineData("Profile: linkedin.com/in/jane-doe and github.com/jane.", "Profile: [url] and [url].")]
    public void Redact_ContactDetails_BecomePlaceholders(string text, string expected) =>
        Assert.Equal(expected, ContactRedactor.Redact(text));

    [Theory]
    [InlineData("Senior engineer 2019 - 2023, led 12 engineers, cut costs by 35%.")]
    [InlineData("Salary 120,000–150,000 USD, started 2021-03-15.")]
    [InlineData("Built Node.js services and an ASP.NET API.")]
    public void Redact_OrdinaryText_StaysAsItIs(string text) => Assert.Equal(text, ContactRedactor.Redact(text));
}
