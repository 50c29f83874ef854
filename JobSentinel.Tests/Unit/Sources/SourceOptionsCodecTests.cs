using System.Text.Json;
using JobSentinel.Core.Security;
using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class SourceOptionsCodecTests
{
    private readonly SourceOptionsCodec _codec = new(new ReversingProtector());

    [Fact]
    public void Encode_NonSecretOptions_AreStoredAsGivenButTrimmed()
    {
        var json = _codec.Encode(SourceType.Html, new Dictionary<string, string> { [" listItem "] = " li.job ", ["title"] = "h3 > a" }, null);

        Assert.Equal(new Dictionary<string, string> { ["listItem"] = "li.job", ["title"] = "h3 > a" }, Stored(json));
    }

    [Fact]
    public void Encode_SecretOption_IsStoredProtectedWithoutThePlainText()
    {
        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("s3cret-api-key"), null);

        Assert.DoesNotContain("s3cret-api-key", json, StringComparison.Ordinal);
        Assert.Equal("protected:" + new ReversingProtector().Protect("s3cret-api-key"), Stored(json)["apiKey"]);
    }

    [Fact]
    public void Encode_SecretTypeNonSecretOption_IsStoredAsGiven()
    {
        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("s3cret-api-key"), null);

        Assert.Equal("me@example.com", Stored(json)["email"]);
    }

    [Fact]
    public void Encode_ApiKeyOfATypeWithoutSecrets_IsStoredAsGiven()
    {
        var json = _codec.Encode(SourceType.Html, new Dictionary<string, string> { ["apiKey"] = "not-a-secret-here" }, null);

        Assert.Equal("not-a-secret-here", Stored(json)["apiKey"]);
    }

    [Fact]
    public void Encode_SecretKeyWithSurroundingSpaces_IsStillProtected()
    {
        var json = _codec.Encode(SourceType.Usajobs, new Dictionary<string, string> { [" apiKey "] = "s3cret-api-key" }, null);

        Assert.DoesNotContain("s3cret-api-key", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_EncodedSecret_GivesThePlainTextBack()
    {
        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("s3cret-api-key"), null);

        var options = _codec.Decode(json);

        Assert.Equal(new Dictionary<string, string> { ["apiKey"] = "s3cret-api-key", ["email"] = "me@example.com" }, options);
    }

    [Fact]
    public void Masked_EncodedSecret_ShowsTheMaskAndTheOtherOptions()
    {
        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("s3cret-api-key"), null);

        var options = SourceOptionsCodec.Masked(json);

        Assert.Equal(new Dictionary<string, string> { ["apiKey"] = "********", ["email"] = "me@example.com" }, options);
    }

    [Fact]
    public void Encode_MaskSentBack_KeepsTheStoredSecret()
    {
        var previous = _codec.Encode(SourceType.Usajobs, UsajobsOptions("s3cret-api-key"), null);

        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions(SourceOptionsCodec.Mask), previous);

        Assert.Equal("s3cret-api-key", _codec.Decode(json)["apiKey"]);
    }

    [Fact]
    public void Encode_NewSecret_ReplacesTheStoredOne()
    {
        var previous = _codec.Encode(SourceType.Usajobs, UsajobsOptions("old-key"), null);

        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("new-key"), previous);

        Assert.Equal("new-key", _codec.Decode(json)["apiKey"]);
    }

    [Fact]
    public void Encode_EmptySecret_RemovesIt()
    {
        var previous = _codec.Encode(SourceType.Usajobs, UsajobsOptions("old-key"), null);

        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions(""), previous);

        Assert.False(Stored(json).ContainsKey("apiKey"));
    }

    [Fact]
    public void Encode_NoOptions_StoresAnEmptyObject()
    {
        Assert.Equal("{}", _codec.Encode(SourceType.Remoteok, null, null));
    }

    [Fact]
    public void Encode_BlankKey_IsLeftOut()
    {
        var json = _codec.Encode(SourceType.Html, new Dictionary<string, string> { ["  "] = "x", ["title"] = "h3" }, null);

        Assert.Equal(["title"], Stored(json).Keys);
    }

    [Fact]
    public void Decode_SecretThatCannotBeDecrypted_GivesEmptyValue()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["apiKey"] = "protected:garbage-from-lost-keys" });

        Assert.Equal("", _codec.Decode(json)["apiKey"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"retries\": 3}")]
    [InlineData("{\"title\": ")]
    [InlineData("null")]
    public void Decode_UnreadableJson_GivesNoOptions(string? json)
    {
        Assert.Empty(_codec.Decode(json));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("null")]
    public void Masked_UnreadableJson_GivesNoOptions(string? json)
    {
        Assert.Empty(SourceOptionsCodec.Masked(json));
    }

    [Fact]
    public void Encode_UnreadablePreviousJson_StillStoresTheNewSecret()
    {
        var json = _codec.Encode(SourceType.Usajobs, UsajobsOptions("new-key"), "not json");

        Assert.Equal("new-key", _codec.Decode(json)["apiKey"]);
    }

    private static Dictionary<string, string> UsajobsOptions(string apiKey) => new()
    {
        ["apiKey"] = apiKey,
        ["email"] = "me@example.com",
    };

    private static Dictionary<string, string> Stored(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;

    /// <summary>Reverses the text behind a marker; anything without the marker cannot be decrypted.</summary>
    private sealed class ReversingProtector : ISecretProtector
    {
        private const string Marker = "rev:";

        public string Protect(string plainText) => Marker + Reversed(plainText);

        public string? Unprotect(string protectedText) =>
            protectedText.StartsWith(Marker, StringComparison.Ordinal) ? Reversed(protectedText[Marker.Length..]) : null;

        private static string Reversed(string text)
        {
            var characters = text.ToCharArray();
            Array.Reverse(characters);
            return new string(characters);
        }
    }
}
