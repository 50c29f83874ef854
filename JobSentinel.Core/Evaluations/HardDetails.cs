namespace JobSentinel.Core.Evaluations;

/// <summary>What a hard match reports besides its score: each asked skill's evidence, and which the resume has and lacks.</summary>
internal sealed class HardDetails
{
    public List<SkillEvidence> Evidence { get; } = [];

    public List<string> Matched { get; } = [];

    public List<string> Missing { get; } = [];

    /// <summary>Missing skills the resume shows a related skill for.</summary>
    public List<string> RelatedOnly { get; } = [];

    public void Add(ResumeProfile resume, string skill, bool required, double credit, bool satisfiedByAlternative)
    {
        if (credit >= 1)
        {
            Matched.Add(skill);
            Evidence.Add(new SkillEvidence(skill, required, true, resume.Held[skill]));
            return;
        }

        var related = resume.Related.TryGetValue(skill, out var via);
        Evidence.Add(new SkillEvidence(skill, required, false, related ? via.Evidence : null));
        if (!satisfiedByAlternative)
        {
            Missing.Add(skill);
            if (related)
            {
                RelatedOnly.Add(skill);
            }
        }
    }
}
