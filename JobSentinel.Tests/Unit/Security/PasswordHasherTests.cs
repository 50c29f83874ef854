using JobSentinel.Core.Security;

namespace JobSentinel.Tests.Unit.Security;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_CorrectPassword_ReturnsTrue()
    {
        var hash = PasswordHasher.Hash("s3cret password");

        Assert.True(PasswordHasher.Verify("s3cret password", hash));
    }

    [Fact]
    public void Verify_WrongPassword_ReturnsFalse()
    {
        var hash = PasswordHasher.Hash("s3cret password");

        Assert.False(PasswordHasher.Verify("s3cret passwore", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void Verify_MalformedHash_ReturnsFalse(string stored) => Assert.False(PasswordHasher.Verify("anything", stored));

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        Assert.NotEqual(PasswordHasher.Hash("same"), PasswordHasher.Hash("same"));
    }

    [Fact]
    public void Hash_DoesNotContainThePassword()
    {
        Assert.DoesNotContain("visible-password", PasswordHasher.Hash("visible-password"), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratePassword_UsesUnambiguousCharactersOfTheRequestedLength()
    {
        var password = PasswordHasher.GeneratePassword(32);

        Assert.Equal(32, password.Length);
        Assert.DoesNotContain(password, c => "0O1lI".Contains(c));
        Assert.NotEqual(password, PasswordHasher.GeneratePassword(32));
    }
}
