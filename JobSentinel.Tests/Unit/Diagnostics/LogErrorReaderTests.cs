using System.Text;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics.Logs;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Diagnostics;

public sealed class LogErrorReaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _directory.Dispose();

    private string Logs => new DataPaths(_directory.Path).Logs;

    private static string Line(DateTimeOffset at, string? level, string template, string properties = "") =>
        $$"""{"@t":"{{at.UtcDateTime:O}}",{{(level is null ? "" : $"\"@l\":\"{level}\",")}}"@mt":"{{template}}"{{properties}}}""";

    private void WriteFile(string name, params string[] lines)
    {
        Directory.CreateDirectory(Logs);
        File.WriteAllText(Path.Combine(Logs, name), string.Join('\n', lines) + "\n", Encoding.UTF8);
    }

    [Fact]
    public async Task Summarize_SkipsUnreadableLinesOldEventsAndInformation()
    {
        WriteFile("jobsentinel-20261123.clef",
            Line(Now.AddHours(-30), "Error", "Too old {N}", ",\"N\":1"),
            "this is not json",
            "{\"no\":\"timestamp\"}",
            Line(Now.AddHours(-2), null, "Just information"),
            Line(Now.AddHours(-2), "Error", "Feed {Name} broke", ",\"Name\":\"acme\",\"@x\":\"System.IO.IOException: disk\\n   at Foo()\""),
            Line(Now.AddHours(-1), "Fatal", "Feed {Name} broke", ",\"Name\":\"globex\""));

        var summary = await new LogErrorReader(new DataPaths(_directory.Path), _time).SummarizeAsync(24, CancellationToken.None);

        var group = Assert.Single(summary.Errors);
        Assert.Equal(2, group.Count);
        Assert.Equal("Feed globex broke", group.Example);
        Assert.Equal("Critical", group.Level);
        Assert.Equal(Now.AddHours(-1).UtcDateTime, group.LastSeen);
        Assert.Empty(summary.Warnings);
        Assert.Equal(2, summary.UnreadableLines);
        Assert.False(summary.Truncated);
    }

    [Fact]
    public async Task Summarize_RendersTheExceptionsFirstLineIntoTheExample()
    {
        WriteFile("jobsentinel-20261123.clef",
            Line(Now.AddMinutes(-5), "Error", "Feed {Name} broke", ",\"Name\":\"acme\",\"@x\":\"System.IO.IOException: disk\\n   at Foo()\""));

        var summary = await new LogErrorReader(new DataPaths(_directory.Path), _time).SummarizeAsync(24, CancellationToken.None);

        Assert.Equal("Feed acme broke — System.IO.IOException: disk", Assert.Single(summary.Errors).Example);
    }

    [Fact]
    public async Task Summarize_HugeLog_ReadsOnlyTheNewestBytes()
    {
        var old = Enumerable.Range(0, 2000).Select(i => Line(Now.AddHours(-3), "Error", "Early failure {I}", $",\"I\":{i}"));
        var recent = Enumerable.Range(0, 10).Select(i => Line(Now.AddHours(-1), "Warning", "Late warning {I}", $",\"I\":{i}"));
        WriteFile("jobsentinel-20261123.clef", [.. old, .. recent]);
        var reader = new LogErrorReader(new DataPaths(_directory.Path), _time) { MaxBytes = 4096 };

        var summary = await reader.SummarizeAsync(24, CancellationToken.None);

        Assert.True(summary.Truncated);
        Assert.Equal(10, Assert.Single(summary.Warnings).Count);
        Assert.True(summary.ErrorCount < 2000);
        Assert.Equal(0, summary.UnreadableLines);
    }

    [Fact]
    public async Task Summarize_NoLogsYet_IsEmpty()
    {
        var summary = await new LogErrorReader(new DataPaths(_directory.Path), _time).SummarizeAsync(1, CancellationToken.None);

        Assert.Empty(summary.Errors);
        Assert.Equal(0, summary.ErrorCount);
    }

    [Theory]
    [InlineData("Rescored {Count} postings in {Milliseconds:F0} ms", "Rescored 3 postings in 1064 ms")]
    [InlineData("Key {KeyId:B} {{literal}} {Missing}", "Key 5d9b {literal} {Missing}")]
    public void MessageTemplate_RendersPropertiesWithNumericFormats(string template, string expected)
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"Count":3,"Milliseconds":1064.2316,"KeyId":"5d9b"}""");

        Assert.Equal(expected, MessageTemplate.Render(template, document.RootElement));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void LoggingOptions_RetentionOutOfRange_NamesTheKey(int days)
    {
        var result = new LoggingOptionsValidator().Validate(null, new LoggingOptions { RetentionDays = days });

        Assert.Contains("JobSentinel:Logging:RetentionDays", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
