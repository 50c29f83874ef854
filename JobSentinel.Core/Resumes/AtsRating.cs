namespace JobSentinel.Core.Resumes;

/// <summary>Excellent ≥ 90, Good ≥ 80, Fair ≥ 70, Poor ≥ 60, else Critical.</summary>
public enum AtsRating
{
    Excellent,
    Good,
    Fair,
    Poor,
    Critical,
}
