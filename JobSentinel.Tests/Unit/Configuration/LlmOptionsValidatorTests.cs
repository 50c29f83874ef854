using JobSentinel.Core.Configuration;

namespace JobSentinel.Tests.Unit.Configuration;

public sealed class LlmOptionsValidatorTests
{
    [Fact]
    public void Validate_NothingConfigured_Succeeds() =>
        Assert.True(new LlmOptionsValidator().Validate(null, new LlmOptions()).Succeeded);

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1")]
    [InlineData("https://api.openai.com/v1")]
    [InlineData("http://192.168.1.20:8000/v1")]
    public void Validate_LoopbackPrivateOrPublicUrl_Succeeds(string baseUrl) =>
        Assert.True(new LlmOptionsValidator().Validate(null, Options(baseUrl)).Succeeded);

    [Theory]
    [InlineData("http://169.254.169.254/v1", "JobSentinel:Llm:Primary:BaseUrl must not point at a link-local or cloud-metadata address.")]
    [InlineData("http://metadata.google.internal/v1", "JobSentinel:Llm:Primary:BaseUrl must not point at a cloud metadata service.")]
    [InlineData("ftp://models.example.com/v1", "JobSentinel:Llm:Primary:BaseUrl must start with http:// or https://.")]
    [InlineData("not a url", "JobSentinel:Llm:Primary:BaseUrl must be an absolute URL.")]
    public void Validate_ForbiddenBaseUrl_NamesTheKey(string baseUrl, string expected)
    {
        var result = new LlmOptionsValidator().Validate(null, Options(baseUrl));

        Assert.Equal([expected], result.Failures);
    }

    [Fact]
    public void Validate_KeyWithoutUrl_AndBackupWithoutPrimary_ReportsEach()
    {
        var result = new LlmOptionsValidator().Validate(null, new LlmOptions
        {
            Primary = new LlmProviderOptions { ApiKey = "sk-x" },
            Backup = new LlmProviderOptions { BaseUrl = "http://127.0.0.1:1/v1" },
        });

        Assert.Equal(
            [
                "JobSentinel:Llm:Primary:BaseUrl is required when JobSentinel:Llm:Primary:Model or JobSentinel:Llm:Primary:ApiKey is set.",
                "JobSentinel:Llm:Backup:Model is required when JobSentinel:Llm:Backup:BaseUrl is set.",
                "JobSentinel:Llm:Backup is set without JobSentinel:Llm:Primary:BaseUrl.",
            ],
            result.Failures);
    }

    [Fact]
    public void ToString_NeverShowsTheApiKey() =>
        Assert.DoesNotContain("sk-secret", new LlmProviderOptions { BaseUrl = "http://127.0.0.1/v1", Model = "m", ApiKey = "sk-secret" }.ToString(), StringComparison.Ordinal);

    private static LlmOptions Options(string baseUrl) => new() { Primary = new LlmProviderOptions { BaseUrl = baseUrl, Model = "gpt-4o-mini" } };
}
