using JobSentinel.Core.Matching;
using static JobSentinel.Tests.Builders.MatchingPostings;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class FeedbackLearningTests
{
    private static readonly Dictionary<string, double> Nothing = [];

    [Fact]
    public void Apply_ThumbsUp_RaisesEachMatchedTermBy15Percent()
    {
        var learned = FeedbackLearning.Apply(Nothing, ["kubernetes", "go"], thumbsUp: true);

        Assert.Equal(new Dictionary<string, double> { ["kubernetes"] = 1.15, ["go"] = 1.15 }, learned);
    }

    [Fact]
    public void Apply_ThumbsDown_LowersEachMatchedTermBy15Percent()
    {
        var learned = FeedbackLearning.Apply(new Dictionary<string, double> { ["go"] = 1.2 }, ["go"], thumbsUp: false);

        Assert.Equal(1.02, learned["go"]);
    }

    [Fact]
    public void Apply_RepeatedThumbsUp_StopsAtTwo()
    {
        IReadOnlyDictionary<string, double> learned = Nothing;
        List<double> steps = [];
        for (var i = 0; i < 6; i++)
        {
            learned = FeedbackLearning.Apply(learned, ["rust"], thumbsUp: true);
            steps.Add(learned["rust"]);
        }

        Assert.Equal([1.15, 1.323, 1.521, 1.749, 2.0, 2.0], steps);
    }

    [Fact]
    public void Apply_RepeatedThumbsDown_StopsAtOneHalf()
    {
        IReadOnlyDictionary<string, double> learned = Nothing;
        List<double> steps = [];
        for (var i = 0; i < 6; i++)
        {
            learned = FeedbackLearning.Apply(learned, ["rust"], thumbsUp: false);
            steps.Add(learned["rust"]);
        }

        Assert.Equal([0.85, 0.723, 0.615, 0.523, 0.5, 0.5], steps);
    }

    [Fact]
    public void Apply_StoredValueOutOfBounds_IsBroughtBackWithin()
    {
        var learned = FeedbackLearning.Apply(new Dictionary<string, double> { ["a"] = 50, ["b"] = double.NaN }, ["a", "b"], thumbsUp: true);

        Assert.Equal(2.0, learned["a"]);
        Assert.Equal(1.15, learned["b"]);
    }

    [Fact]
    public void Apply_UntouchedTerms_AreKept()
    {
        var before = new Dictionary<string, double> { ["python"] = 0.7, ["go"] = 1.0 };

        var learned = FeedbackLearning.Apply(before, ["go"], thumbsUp: true);

        Assert.Equal(0.7, learned["python"]);
        Assert.Equal(1.15, learned["go"]);
        Assert.Equal(1.0, before["go"]);
    }

    [Fact]
    public void Apply_SynonymsAndRepeats_MoveOneCanonicalTermOnce()
    {
        var learned = FeedbackLearning.Apply(Nothing, ["k8s", "Kubernetes", "kubernetes", ""], thumbsUp: true);

        Assert.Equal(new Dictionary<string, double> { ["kubernetes"] = 1.15 }, learned);
    }

    [Fact]
    public void Apply_NoMatchedTerms_ChangesNothing()
    {
        var learned = FeedbackLearning.Apply(new Dictionary<string, double> { ["go"] = 1.3 }, [], thumbsUp: false);

        Assert.Equal(new Dictionary<string, double> { ["go"] = 1.3 }, learned);
    }

    [Theory]
    [InlineData(true, 0.732, 0.718)]
    [InlineData(false, 0.717, 0.733)]
    public void Apply_FeedbackOnOnePosting_ReordersSimilarPostings(bool thumbsUp, double kubernetesScore, double pythonScore)
    {
        var profile = new MatchProfile { KeywordsBoost = ["kubernetes", "go", "rust", "python"] };
        var kubernetesJob = Posting("Platform Engineer") with { Id = 1 };
        var pythonJob = Posting("Platform Engineer") with { Id = 2 };
        Assert.Equal(Score(profile, kubernetesJob, "Kubernetes operators").Score, Score(profile, pythonJob, "Python tooling").Score);

        var rated = Score(profile, Posting("Platform Engineer") with { Id = 3 }, "Kubernetes and Go");
        var learned = profile with { LearnedWeights = FeedbackLearning.Apply(profile.LearnedWeights, rated.MatchedTerms, thumbsUp) };

        Assert.Equal(kubernetesScore, Score(learned, kubernetesJob, "Kubernetes operators").Score);
        Assert.Equal(pythonScore, Score(learned, pythonJob, "Python tooling").Score);
    }
}
