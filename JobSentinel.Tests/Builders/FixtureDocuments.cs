using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Builders;

/// <summary>The files of ../shared/fixtures read by the app's own pipeline: reader, parser, shipped taxonomy (skips when absent).</summary>
public static class FixtureDocuments
{
    /// <summary>The clock the fixture expectations were written against (years of experience depend on it).</summary>
    public static readonly DateTimeOffset Today = new(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    public static ResumeParser Parser { get; } = new(SkillTaxonomy.LoadDefault(), new FakeTimeProvider(Today));

    /// <summary>A fixture file, e.g. <c>resumes/john_doe.pdf</c>, as the upload pipeline extracts it.</summary>
    public static ExtractedDocument Read(string relativePath) =>
        Reader.Read(File.ReadAllBytes(SharedFixtures.PathOf(relativePath)), Path.GetFileName(relativePath));

    public static ParsedResume Resume(string relativePath) => Parser.Parse(Read(relativePath).Text);
}
