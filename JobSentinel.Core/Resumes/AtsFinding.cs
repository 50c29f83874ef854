namespace JobSentinel.Core.Resumes;

/// <summary>An issue with the points it costs and the area that decides how much each ATS minds it.</summary>
internal sealed record AtsFinding(AtsIssue Issue, int Penalty, AtsRiskArea Area)
{
    public static AtsFinding Of(string code, IssueSeverity severity, int penalty, AtsRiskArea area, string message, string fix) =>
        new(new AtsIssue(code, severity, message, fix), penalty, area);
}
