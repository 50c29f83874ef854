using System.Globalization;

namespace JobSentinel.Core.Matching;

/// <summary>
/// The recency factor: 1 up to <see cref="MatchProfile.RecencyFullDays"/> old (future dates count as new),
/// falling linearly to 0 at <see cref="MatchProfile.RecencyZeroDays"/>.
/// </summary>
internal static class RecencyFactor
{
    public static FactorValue Evaluate(MatchProfile profile, DateTime postedAt, DateTime utcNow, bool explain = true)
    {
        var age = (utcNow - postedAt).TotalDays;
        if (age <= profile.RecencyFullDays)
        {
            return new FactorValue(1, null);
        }

        var span = profile.RecencyZeroDays - profile.RecencyFullDays;
        var value = age >= profile.RecencyZeroDays || span <= 0 ? 0 : (profile.RecencyZeroDays - age) / span;
        var days = (int)Math.Floor(age);
        return new FactorValue(value, !explain ? null : $"posted {days.ToString(CultureInfo.InvariantCulture)} day{(days == 1 ? "" : "s")} ago");
    }
}
