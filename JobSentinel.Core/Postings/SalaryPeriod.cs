namespace JobSentinel.Core.Postings;

/// <summary>What one salary figure pays for.</summary>
public enum SalaryPeriod
{
    Year,
    Month,
    Week,
    Day,
    Hour,
}
