using System.Text;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Evaluations;

/// <summary>
/// The quality bar on the real resumes and job descriptions of ../shared/fixtures: each description ranks its
/// own resume first with a clear margin, and the machine-learning resume (no description of its own) stays
/// below every intended pair. Everything is read as an upload is: the document reader, the parser and the shipped taxonomy.
/// </summary>
public sealed class FixtureRelevanceTests(ITestOutputHelper output)
{
    private static readonly string[] Resumes = ["alfred_pennyworth_pm", "barry_allen_fe", "bruce_wayne_fullstack", "harvey_dent_mle", "john_doe"];

    private static readonly (string Job, string Resume)[] Pairs =
    [
        ("job_desc_front_end_engineer", "barry_allen_fe"),
        ("job_desc_full_stack_engineer", "bruce_wayne_fullstack"),
        ("job_desc_java_developer", "john_doe"),
        ("job_desc_product_manager", "alfred_pennyworth_pm"),
    ];

    [Fact]
    public async Task EvaluateAsync_FixtureDescriptions_RankTheirOwnResumeFirstAndTheNegativeLast()
    {
        var engine = new RelevanceEngine(SkillTaxonomy.LoadDefault(), new NoEmbeddings());
        var resumes = Resumes.ToDictionary(r => r, r => FixtureDocuments.Resume($"resumes/{r}.pdf"));
        Dictionary<(string Job, string Resume), RelevanceResult> results = [];
        foreach (var (job, _) in Pairs)
        {
            var jobText = FixtureDocuments.Read($"job-descriptions/{job}.pdf").Text;
            foreach (var resume in Resumes)
            {
                results[(job, resume)] = await engine.EvaluateAsync(resumes[resume], jobText, null, CancellationToken.None);
            }
        }

        output.WriteLine(Matrix(results));

        foreach (var (job, own) in Pairs)
        {
            var ownScore = results[(job, own)].RelevanceScore;
            var bestOther = Resumes.Where(r => r != own).Max(r => results[(job, r)].RelevanceScore);
            Assert.True(ownScore >= bestOther + 5, $"{job}: {own} scores {ownScore}, the best other resume {bestOther}");
        }

        var lowestPair = Pairs.Min(p => results[p].RelevanceScore);
        var highestNegative = Pairs.Max(p => results[(p.Job, "harvey_dent_mle")].RelevanceScore);
        Assert.True(highestNegative + 5 <= lowestPair, $"harvey_dent_mle reaches {highestNegative}, the weakest intended pair {lowestPair}");
    }

    private static string Matrix(Dictionary<(string Job, string Resume), RelevanceResult> results)
    {
        var text = new StringBuilder();
        text.Append("relevance (hard/soft)".PadRight(30));
        foreach (var resume in Resumes)
        {
            text.Append(resume[..Math.Min(14, resume.Length)].PadLeft(16));
        }

        foreach (var (job, own) in Pairs)
        {
            text.AppendLine().Append(job.PadRight(30));
            foreach (var resume in Resumes)
            {
                var r = results[(job, resume)];
                var cell = $"{r.RelevanceScore} ({r.HardMatch.Score}/{r.SoftMatch.Score}){(resume == own ? "*" : " ")}";
                text.Append(cell.PadLeft(16));
            }
        }

        return text.ToString();
    }
}
