namespace JobSentinel.Core.Resumes;

/// <summary>
/// How much each ATS minds each area of risk, as a multiplier of a finding's penalty. Heuristics from how these
/// parsers are known to behave, not measurements: Taleo and iCIMS read columns, tables, header/footer text and
/// unusual headings worst; Greenhouse and Lever parse loosely and lean on the recruiter; Workday is strict about
/// images, icon fonts and dates because it fills its forms field by field. Content counts the same everywhere.
/// </summary>
internal static class AtsSensitivities
{
    private static readonly (string Ats, double Layout, double Graphics, double Headings, double Dates)[] Table =
    [
        ("greenhouse", 0.6, 0.7, 0.7, 0.8),
        ("lever", 0.6, 0.8, 0.8, 0.8),
        ("workday", 1.1, 1.6, 1.1, 1.5),
        ("icims", 1.5, 1.2, 1.4, 1.1),
        ("taleo", 1.8, 1.3, 1.5, 1.2),
        ("smartRecruiters", 0.8, 0.9, 0.9, 1.0),
    ];

    public static IReadOnlyDictionary<string, int> Estimate(IReadOnlyList<AtsFinding> findings)
    {
        Dictionary<string, int> estimates = new(StringComparer.Ordinal);
        foreach (var (ats, layout, graphics, headings, dates) in Table)
        {
            var penalty = findings.Sum(f => f.Penalty * f.Area switch
            {
                AtsRiskArea.Layout => layout,
                AtsRiskArea.Graphics => graphics,
                AtsRiskArea.Headings => headings,
                AtsRiskArea.Dates => dates,
                _ => 1.0,
            });
            estimates[ats] = Math.Clamp((int)Math.Round(100 - penalty, MidpointRounding.AwayFromZero), 0, 100);
        }

        return estimates;
    }
}
