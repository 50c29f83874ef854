using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>A skill a job description mentions and its strongest line role.</summary>
internal sealed class JobSkill(Skill skill, LineRole role)
{
    public Skill Skill { get; } = skill;

    public LineRole Role { get; set; } = role;

    public int Mentions { get; set; }

    /// <summary>False once the skill is named outside a list of alternatives ("such as A, B or C").</summary>
    public bool OnlyAsAlternative { get; set; } = true;
}
