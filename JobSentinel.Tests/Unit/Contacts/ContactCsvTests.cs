using System.Text;
using JobSentinel.Core.Contacts;

namespace JobSentinel.Tests.Unit.Contacts;

public sealed class ContactCsvTests
{
    private static IReadOnlyList<ContactCsvRow> Parse(string text, bool bom = false) =>
        ContactCsv.Parse([.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)]);

    [Fact]
    public void Parse_FlexibleHeaderBomQuotesAndCrlf_ReadsEveryField()
    {
        var rows = Parse(
            "Full Name,E-mail,Organization,Job Title,LinkedIn URL,Notes\r\n" +
            "José Álvarez,jose@acme.com,\"Acme, Inc.\",CTO,linkedin.com/in/jose,\"Met at KubeCon;\r\nsaid \"\"call me\"\"\"\r\n" +
            "Jane Doe,,Globex,,,\r\n",
            bom: true);

        Assert.Equal(2, rows.Count);
        var jose = rows[0].Draft;
        Assert.Equal(2, rows[0].Line);
        Assert.Equal("José Álvarez", jose.Name);
        Assert.Equal("jose@acme.com", jose.Email);
        Assert.Equal("Acme, Inc.", jose.Company);
        Assert.Equal("CTO", jose.Role);
        Assert.Equal(["linkedin.com/in/jose"], jose.Links);
        Assert.Equal("Met at KubeCon;\r\nsaid \"call me\"", jose.Notes);
        Assert.Equal(4, rows[1].Line);
        Assert.Equal("Jane Doe", rows[1].Draft.Name);
    }

    [Fact]
    public void Parse_FirstAndLastNameColumnsAndSemicolons_JoinsTheName()
    {
        var rows = Parse("first_name;last_name;email;position\nJane;Doe;jane@acme.com;Recruiter\n");

        Assert.Equal("Jane Doe", Assert.Single(rows).Draft.Name);
        Assert.Equal("Recruiter", rows[0].Draft.Role);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("email,company\njane@acme.com,Acme\n", "no name column")]
    [InlineData("name,email\n\"Jane,jane@acme.com\n", "never closed")]
    [InlineData("name,email\nJane,jane@acme.com,extra,fields\n", "Line 2 has 4 fields")]
    [InlineData("name,email\n\"Jane\" Doe,jane@acme.com\n", "after a closing quote")]
    public void Parse_MalformedFile_ThrowsNamingTheProblem(string text, string expected)
    {
        var error = Assert.Throws<ContactCsvException>(() => Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotUtf8_ThrowsAskingForUtf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("name\nJosé\n");

        var error = Assert.Throws<ContactCsvException>(() => ContactCsv.Parse(latin1));

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLarge_Throws()
    {
        var error = Assert.Throws<ContactCsvException>(() => ContactCsv.Parse(new byte[ContactCsv.MaxBytes + 1]));

        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LinksColumnWithSeveralUrls_SplitsThem()
    {
        var rows = Parse("name,links\nJane,\"https://github.com/jane https://jane.dev\"\n");

        Assert.Equal(["https://github.com/jane", "https://jane.dev"], rows[0].Draft.Links);
    }
}
