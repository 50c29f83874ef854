using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>A skill a job description mentions: its strongest line role and the first line that named it.</summary>
internal sealed class JobSkill(Skill skill, LineRole role, string evidence)
{
    public Skill Skill { get; } = skill;

    public LineRole Role { get; set; } = role;

    public string Evidence { get; } = evidence;

    public int Mentions { get; set; }

    /// <summary>False once the skill is named outside a list of alternatives ("such as A, B or C").</summary>
    public bool OnlyAsAlternative { get; set; } = true;
}
