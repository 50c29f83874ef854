namespace JobSentinel.Web.Components.Pages.Resumes;

/// <summary>Display names of the per-ATS keys of the report.</summary>
public static class AtsNames
{
    public static string Display(string key) => key switch
    {
        "greenhouse" => "Greenhouse",
        "lever" => "Lever",
        "workday" => "Workday",
        "icims" => "iCIMS",
        "taleo" => "Taleo",
        "smartRecruiters" => "SmartRecruiters",
        _ => key,
    };
}
