namespace JobSentinel.Core.Resumes;

/// <summary>How a resume writes a date; the ATS report flags a resume that mixes them.</summary>
internal enum DateStyle
{
    /// <summary>"Jan 2020", "January 2020".</summary>
    MonthName,

    /// <summary>"01/2020", "1.2020".</summary>
    Numeric,

    /// <summary>"2020-01".</summary>
    Iso,

    /// <summary>"2020" alone: month precision lost.</summary>
    YearOnly,
}
