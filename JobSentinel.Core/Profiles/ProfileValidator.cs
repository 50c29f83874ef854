using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Core.Profiles;

/// <summary>Checks a profile as it would be after applying a draft; problems by JSON field name.</summary>
public static class ProfileValidator
{
    public const int MaxNameLength = 100;
    public const int MaxListItems = 200;
    public const int MaxTermLength = 100;

    public static Dictionary<string, string[]> Validate(SearchProfile profile)
    {
        Dictionary<string, string[]> errors = [];
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors["name"] = ["A name is required."];
        }
        else if (profile.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"The name must be at most {MaxNameLength} characters."];
        }

        CheckList(errors, "titleAllowlist", profile.TitleAllowlist);
        CheckList(errors, "titleBlocklist", profile.TitleBlocklist);
        CheckList(errors, "keywordsBoost", profile.KeywordsBoost);
        CheckList(errors, "keywordsExclude", profile.KeywordsExclude);
        CheckList(errors, "cities", profile.Cities);
        CheckList(errors, "states", profile.States);
        CheckList(errors, "countries", profile.Countries);
        CheckList(errors, "preferredCompanies", profile.PreferredCompanies);
        CheckList(errors, "blockedCompanies", profile.BlockedCompanies);

        if (profile.SalaryFloor is < 0 or > 100_000_000 || (profile.SalaryFloor is { } floor && !double.IsFinite(floor)))
        {
            errors["salaryFloor"] = ["salaryFloor must be between 0 and 100,000,000 a year."];
        }

        if (profile.SalaryTarget is < 0 or > 100_000_000 || (profile.SalaryTarget is { } target && !double.IsFinite(target)))
        {
            errors["salaryTarget"] = ["salaryTarget must be between 0 and 100,000,000 a year."];
        }
        else if (profile.SalaryTarget is { } wanted && profile.SalaryFloor is { } least && wanted < least)
        {
            errors["salaryTarget"] = ["salaryTarget must be at least salaryFloor."];
        }

        if (!CurrencyRates.IsKnown(profile.Currency))
        {
            errors["currency"] = [$"currency must be one of {string.Join(", ", CurrencyRates.Currencies)}."];
        }

        if (!profile.AllowRemote && !profile.AllowHybrid && !profile.AllowOnsite)
        {
            errors["allowRemote"] = ["Allow at least one of remote, hybrid and onsite."];
        }

        if (profile.RecencyFullDays is < 0 or > 365)
        {
            errors["recencyFullDays"] = ["recencyFullDays must be between 0 and 365."];
        }

        if (profile.RecencyZeroDays <= profile.RecencyFullDays || profile.RecencyZeroDays > 3650)
        {
            errors["recencyZeroDays"] = ["recencyZeroDays must be more than recencyFullDays and at most 3650."];
        }

        CheckUnit(errors, "immediateAlertThreshold", profile.ImmediateAlertThreshold);
        CheckUnit(errors, "digestMinScore", profile.DigestMinScore);
        if (!errors.ContainsKey("digestMinScore") && profile.DigestMinScore > profile.ImmediateAlertThreshold)
        {
            errors["digestMinScore"] = ["digestMinScore must not be above immediateAlertThreshold."];
        }

        (string Name, double Value)[] weights =
        [
            ("skills", profile.WeightSkills), ("salary", profile.WeightSalary), ("location", profile.WeightLocation),
            ("company", profile.WeightCompany), ("recency", profile.WeightRecency),
        ];
        foreach (var (name, value) in weights.Where(w => w.Value < 0 || w.Value > 100 || !double.IsFinite(w.Value)))
        {
            errors[$"weights.{name}"] = [$"weights.{name} must be between 0 and 100."];
        }

        if (weights.All(w => w.Value <= 0))
        {
            errors["weights"] = ["At least one weight must be above 0."];
        }

        return errors;
    }

    private static void CheckUnit(Dictionary<string, string[]> errors, string field, double value)
    {
        if (value is < 0 or > 1 || !double.IsFinite(value))
        {
            errors[field] = [$"{field} must be between 0 and 1."];
        }
    }

    private static void CheckList(Dictionary<string, string[]> errors, string field, List<string> items)
    {
        if (items.Count > MaxListItems)
        {
            errors[field] = [$"{field} may hold at most {MaxListItems} entries."];
        }
        else if (items.Any(string.IsNullOrWhiteSpace))
        {
            errors[field] = [$"{field} must not contain empty entries."];
        }
        else if (items.Any(item => item.Length > MaxTermLength))
        {
            errors[field] = [$"Each entry of {field} must be at most {MaxTermLength} characters."];
        }
    }
}
